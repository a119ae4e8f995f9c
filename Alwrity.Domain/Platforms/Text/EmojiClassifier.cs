using System.Text;

namespace Alwrity.Domain.Platforms.Text;

/// <summary>
/// Decides whether a grapheme cluster is an emoji as readers see one: a pictograph that shows as emoji by default,
/// any pictograph followed by VS16 (U+FE0F), a keycap (U+20E3), a flag (regional-indicator pair or tag sequence),
/// and ZWJ or skin-tone sequences built on those. Ranges from Unicode emoji-data.txt (UTS #51):
/// Extended_Pictographic and Emoji_Presentation.
/// </summary>
internal static class EmojiClassifier
{
    // Extended_Pictographic in the BMP. Without VS16 most of these show as text; see BmpEmojiPresentation.
    private static readonly (int From, int To)[] BmpPictographic =
    [
        (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
        (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388), (0x23CF, 0x23CF),
        (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0),
        (0x25FB, 0x25FE), (0x2600, 0x2605), (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712),
        (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734),
        (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
        (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935),
        (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
        (0x3297, 0x3297), (0x3299, 0x3299),
    ];

    // BMP characters whose default presentation is emoji (Emoji_Presentation=Yes).
    private static readonly (int From, int To)[] BmpEmojiPresentation =
    [
        (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615),
        (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE),
        (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
        (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C),
        (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    ];

    // Extended_Pictographic (and skin-tone modifiers) above U+1F000; all of these show as emoji.
    private static readonly (int From, int To)[] AstralPictographic =
    [
        (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F), (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F),
        (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1FF), (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A),
        (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F), (0x1F249, 0x1F53D), (0x1F546, 0x1F64F),
        (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F),
        (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
        (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
    ];

    private const int Vs16 = 0xFE0F;
    private const int CombiningKeycap = 0x20E3;

    /// <summary>True when the grapheme cluster reads as one emoji.</summary>
    public static bool IsEmojiCluster(ReadOnlySpan<char> cluster)
    {
        if (cluster.IsEmpty || Rune.DecodeFromUtf16(cluster, out var first, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        if (first.Value >= 0x1F000)
        {
            return InRanges(first.Value, AstralPictographic);
        }

        if (cluster.Contains((char)CombiningKeycap))
        {
            return IsKeycapBase(first.Value);
        }

        if (!InRanges(first.Value, BmpPictographic))
        {
            return false;
        }

        return InRanges(first.Value, BmpEmojiPresentation) || cluster.Contains((char)Vs16);
    }

    private static bool IsKeycapBase(int codePoint) => codePoint is >= '0' and <= '9' or '#' or '*';

    private static bool InRanges(int codePoint, (int From, int To)[] ranges)
    {
        var lo = 0;
        var hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (codePoint < ranges[mid].From)
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[mid].To)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
