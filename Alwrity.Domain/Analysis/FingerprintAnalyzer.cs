using Alwrity.Domain.Analysis.Fingerprinting;

namespace Alwrity.Domain.Analysis;

/// <summary>Computes the measured linguistic fingerprint of a body of writing. Pure, deterministic and thread-safe.</summary>
public static class FingerprintAnalyzer
{
    /// <summary>Fingerprint of several sources together; evidence cites each source's <see cref="SourceText.Id"/>.</summary>
    public static Fingerprint Analyze(IReadOnlyList<SourceText> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var accumulator = new FingerprintAccumulator(sources);
        accumulator.AddAll();
        return FingerprintBuilder.Build(accumulator);
    }

    /// <summary>Fingerprint of one text (source id "text").</summary>
    public static Fingerprint Analyze(string? text) => Analyze([new SourceText("text", text ?? string.Empty)]);
}
