namespace Alwrity.Domain.Analysis.Text;

/// <summary>Top-level domains that make "name.tld" a web address. Two-letter English words (in, is, it, to…) are left out on purpose.</summary>
internal static class TopLevelDomains
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "de", "fr", "es", "nl", "ca", "au", "eu",
        "ai", "dev", "app", "info", "biz", "tv", "ly", "gg", "xyz", "site", "online", "tech", "store", "blog", "news",
        "cloud", "ch", "se", "jp", "cn", "ru", "br", "pl", "nz", "ie", "fm", "ac", "gl", "sh", "page", "link", "shop",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="label"/> (case-sensitive: lower case only) is a known top-level domain.</summary>
    public static bool IsKnown(ReadOnlySpan<char> label) => label.Length is >= 2 and <= 6 && Lookup.Contains(label);
}
