using System.Runtime.CompilerServices;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Lookup data derived once per <see cref="VoiceNorms"/> instance: the packed key of each n-gram feature.</summary>
internal sealed class NormsIndex
{
    private static readonly ConditionalWeakTable<VoiceNorms, NormsIndex> Cache = [];

    private NormsIndex(VoiceNorms norms)
    {
        NGramKeys = [.. norms.CharNGrams.Select(n => NGramKey.TryParse(n.Feature, out var key) ? key : 0UL)];
    }

    /// <summary>The packed key of each <see cref="VoiceNorms.CharNGrams"/> entry (0 when the text is not an n-gram).</summary>
    public ulong[] NGramKeys { get; }

    public static NormsIndex Of(VoiceNorms norms) => Cache.GetValue(norms, n => new NormsIndex(n));
}
