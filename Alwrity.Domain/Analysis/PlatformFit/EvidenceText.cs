namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>Shortening of quoted evidence.</summary>
internal static class EvidenceText
{
    /// <summary>
    /// <paramref name="evidence"/> itself when it has at most <paramref name="max"/> characters, otherwise its first
    /// <paramref name="max"/> (one fewer when that would split a surrogate pair) followed by "…".
    /// </summary>
    public static string Clip(string evidence, int max)
    {
        if (evidence.Length <= max)
        {
            return evidence;
        }

        var cut = char.IsHighSurrogate(evidence[max - 1]) ? max - 1 : max;
        return evidence[..cut] + "…";
    }
}
