using System.Globalization;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>
/// How much text a persona stands on, against the stylometry guidance: style markers stabilise at around
/// 2,500 words and are reliable at about 5,000 (e.g. Eder 2013, "Does size matter?").
/// </summary>
internal static class SufficiencyRules
{
    public const int Minimum = 500;
    public const int Good = 2500;
    public const int Best = 5000;

    public static DataSufficiency Assess(MeasuredInput input)
    {
        var words = input.Measurements.Words;
        var sources = input.Sources.Select(s => new SourceSummary(s.Id, s.Kind, s.Title, s.Source, s.WordCount)).ToList();
        var missing = new List<string>();
        if (words < Best)
        {
            var target = words < Good ? Good : Best;
            missing.Add(string.Create(CultureInfo.InvariantCulture,
                $"Add about {target - words:N0} more words of your writing to reach {target:N0} ({(target == Good ? "a reliable picture" : "the best picture")})."));
        }

        if (input.Sources.Count < 3)
        {
            missing.Add("Add pieces written on different days or topics (at least 3), so one-off habits don't look like your style.");
        }

        if (input.Sources.All(s => s.Kind != "web") && input.Sources.Count > 0)
        {
            missing.Add("Optional: add your website so the persona also reflects how you write for a wider audience.");
        }

        return new DataSufficiency
        {
            WordsAnalysed = words,
            Samples = input.Sources.Count,
            Sources = sources,
            Level = Level(words),
            Missing = missing,
        };
    }

    public static string Level(int words) => words switch
    {
        < Minimum => "insufficient",
        < Good => "minimal",
        < Best => "good",
        _ => "best",
    };

    /// <summary>0–100: 80 at 2,500 words, 100 at 5,000, rising steeply below.</summary>
    public static double Score(int words) => words >= Best ? 100 :
        words >= Good ? 80 + 20.0 * (words - Good) / (Best - Good) :
        80.0 * words / Good;
}
