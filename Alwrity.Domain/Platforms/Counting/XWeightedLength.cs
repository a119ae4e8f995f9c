using System.Text;
using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Platforms.Counting;

/// <summary>
/// X's weighted length (docs.x.com "Counting characters"; twitter-text configuration v3): the text is NFC-normalised;
/// every URL counts 23; an emoji sequence (ZWJ, skin tone, flag, keycap) counts 2 as a whole; any other code point
/// counts 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, and 2 everywhere else.
/// </summary>
internal static class XWeightedLength
{
    public const int UrlLength = 23;
    private const int DefaultWeight = 2;

    private static readonly (int From, int To)[] SingleWeightRanges =
    [
        (0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037),
    ];

    public static int Count(string text)
    {
        var normalized = UnicodeText.ToNfc(text);
        var links = LinkScanner.Find(normalized, includeBareDomains: true);
        var skipper = new RangeSkipper(links);
        var weighted = 0;
        var i = 0;
        while (i < normalized.Length)
        {
            var before = i;
            if (skipper.TrySkip(ref i))
            {
                weighted += UrlLength;
                continue;
            }

            i = before + UnicodeText.NextGraphemeLength(normalized, before);
            weighted += ClusterWeight(normalized.AsSpan(before, i - before));
        }

        return weighted;
    }

    private static int ClusterWeight(ReadOnlySpan<char> cluster)
    {
        if (EmojiClassifier.IsEmojiCluster(cluster))
        {
            return DefaultWeight;
        }

        var weight = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            weight += CodePointWeight(rune.Value);
        }

        return weight;
    }

    private static int CodePointWeight(int codePoint)
    {
        foreach (var (from, to) in SingleWeightRanges)
        {
            if (codePoint >= from && codePoint <= to)
            {
                return 1;
            }
        }

        return DefaultWeight;
    }
}
