using Alwrity.Domain.Analysis.VoiceMatch;
using Xunit.Abstractions;

namespace Alwrity.Tests.Analysis.VoiceMatch;

/// <summary>
/// The classic test (Mosteller &amp; Wallace 1964): the twelve disputed Federalist papers (49–58, 62–63) should all
/// sound more like Madison than Hamilton. Profiles come from the undisputed papers only. The committed norms carry
/// no label for the disputed papers (they are background text only); a second run uses norms built without the
/// Federalist Papers at all, so neither the word statistics nor the calibration have seen them.
/// </summary>
public sealed class FederalistAttributionTests(ITestOutputHelper output)
{
    private static readonly string[] DisputedPapers =
        [.. Enumerable.Range(49, 10).Concat([62, 63]).Select(n => $"fed_{n:00}.txt")];

    [Fact]
    public void All_twelve_disputed_papers_are_closer_to_Madison_than_to_Hamilton() =>
        AssertAllMadison(VoiceNormsStore.Default, "committed norms");

    [Fact]
    public void Disputed_papers_go_to_Madison_even_with_norms_that_never_saw_the_Federalist_Papers()
    {
        AssertAllMadison(VoiceCorpora.NormsWithout("federalist"), "norms from inaugural + State of the Union only");
    }

    private void AssertAllMadison(VoiceNorms norms, string label)
    {
        var federalist = VoiceCorpora.ByAuthor("federalist");
        var hamilton = VoiceMatcher.BuildProfile([.. federalist["HAMILTON"].Select(d => d.Text)], norms);
        var madison = VoiceMatcher.BuildProfile([.. federalist["MADISON"].Select(d => d.Text)], norms);
        Assert.DoesNotContain(federalist.Values.SelectMany(d => d), d => DisputedPapers.Contains(d.Name));

        output.WriteLine($"{label}: Hamilton profile {hamilton.Words:N0} words, Madison {madison.Words:N0}");
        var madisonWins = 0;
        foreach (var paper in DisputedPapers)
        {
            var text = VoiceCorpora.Text("federalist", paper);
            var toHamilton = VoiceMatcher.Match(hamilton, text, norms);
            var toMadison = VoiceMatcher.Match(madison, text, norms);

            // The combined distance leaves out the reference-length term, which would otherwise favour the
            // smaller Madison profile slightly; a fair comparison of two references of different sizes.
            var closerToMadison = toMadison.Distance < toHamilton.Distance;
            madisonWins += closerToMadison ? 1 : 0;
            output.WriteLine(
                $"{paper}: distance Madison {toMadison.Distance:0.000} vs Hamilton {toHamilton.Distance:0.000}; " +
                $"score Madison {toMadison.Score} vs Hamilton {toHamilton.Score} → {(closerToMadison ? "MADISON" : "HAMILTON")}; " +
                $"words {toMadison.Components.CosineDelta:0.000}/{toHamilton.Components.CosineDelta:0.000}, " +
                $"n-grams {toMadison.Components.CharNgram:0.000}/{toHamilton.Components.CharNgram:0.000}");
        }

        output.WriteLine($"{madisonWins}/12 attributed to Madison");
        Assert.Equal(12, madisonWins);
    }
}
