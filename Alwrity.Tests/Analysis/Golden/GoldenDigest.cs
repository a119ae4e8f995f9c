using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Alwrity.Domain.Analysis;
using Alwrity.Domain.Analysis.Fingerprinting;

namespace Alwrity.Tests.Analysis.Golden;

/// <summary>
/// Short, stable digests of analysis results. Fingerprint numbers are rounded to 12 significant digits (so a
/// last-bit difference in a platform's Math.Log cannot flip them); per-sentence records are exact.
/// </summary>
internal static class GoldenDigest
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>name, words, sentences, fingerprint digest, sentence-records digest (tab separated).</summary>
    /// <remarks>One analysis serves both digests: the same steps as <see cref="FingerprintAnalyzer.Analyze(IReadOnlyList{SourceText})"/>, with the sentence records read before the build.</remarks>
    public static string Line(string name, IReadOnlyList<SourceText> sources)
    {
        using var accumulator = new FingerprintAccumulator(sources);
        accumulator.AddAll();
        var records = OfSentenceRecords(accumulator);
        var fingerprint = FingerprintBuilder.Build(accumulator);
        return string.Join('\t', name, fingerprint.WordCount, fingerprint.SentenceCount, OfFingerprint(fingerprint), records);
    }

    public static string OfFingerprint(Fingerprint fingerprint)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(fingerprint, Web));
        var canonical = new StringBuilder();
        Write(document.RootElement, canonical);
        return Hash(canonical.ToString());
    }

    /// <summary>Every sentence record (offsets, word counts, exact VADER compound, flags) of the accumulator.</summary>
    private static string OfSentenceRecords(FingerprintAccumulator accumulator)
    {
        var text = new StringBuilder();
        foreach (var sentence in accumulator.Sentences.Span)
        {
            text.Append(sentence.ToString()).Append('\n');
        }

        var t = accumulator.Totals;
        text.Append(string.Join(' ', Exact(t.CompoundSum), Exact(t.CompoundSquares), Exact(t.PositiveSum), Exact(t.NeutralSum), Exact(t.NegativeSum)));
        return Hash(text.ToString());
    }

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    public static string Exact(double value) => BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);

    private static void Write(JsonElement element, StringBuilder output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                output.Append('{');
                foreach (var property in element.EnumerateObject())
                {
                    output.Append(property.Name).Append(':');
                    Write(property.Value, output);
                    output.Append(',');
                }

                output.Append('}');
                break;
            case JsonValueKind.Array:
                output.Append('[');
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, output);
                    output.Append(',');
                }

                output.Append(']');
                break;
            case JsonValueKind.Number:
                output.Append(element.GetDouble().ToString("G12", CultureInfo.InvariantCulture));
                break;
            default:
                output.Append(element.GetRawText());
                break;
        }
    }
}
