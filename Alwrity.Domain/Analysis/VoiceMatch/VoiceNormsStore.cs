namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>The committed norms (embedded resource <c>voice-norms.json</c>), loaded once on first use.</summary>
public static class VoiceNormsStore
{
    private const string ResourceName = "Alwrity.Domain.Analysis.VoiceMatch.voice-norms.json";

    private static readonly Lazy<VoiceNorms> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The committed background norms.</summary>
    public static VoiceNorms Default => Loaded.Value;

    private static VoiceNorms Load()
    {
        using var stream = typeof(VoiceNormsStore).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var norms = VoiceNormsJson.Read(stream);
        for (var k = 0; k < PunctuationFeatures.Count; k++)
        {
            if (norms.Punctuation.Count <= k || norms.Punctuation[k].Feature != PunctuationFeatures.Key((PunctuationFeature)k))
            {
                throw new InvalidDataException("Voice norms list punctuation features in an unexpected order.");
            }
        }

        return norms;
    }
}
