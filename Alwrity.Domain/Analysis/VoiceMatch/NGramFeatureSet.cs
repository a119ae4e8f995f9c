namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// The n-gram features of the norms as a read-only key → position map for the scanner's hot loop, so that feature
/// n-grams are counted straight into an array: a 64 Kbit bitmap (8 KB, stays in the first-level cache) rejects
/// almost every n-gram that is not a feature with one bit test, and a hash table gives the position of the rest.
/// Never written after construction, so safe to share between threads.
/// </summary>
internal sealed class NGramFeatureSet
{
    private const int BitmapBits = 16;

    private readonly ulong[] bitmap = new ulong[(1 << BitmapBits) / 64];
    private readonly NGramTable members;

    /// <summary>Keys by position; a 0 key (a feature that is not an n-gram) is never found.</summary>
    public NGramFeatureSet(IReadOnlyList<ulong> keys)
    {
        Count = keys.Count;
        members = new NGramTable(keys.Count * 2);
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] != 0 && members.Get(keys[i]) == 0)
            {
                members.Add(keys[i], i + 1);
                var bit = Bit(keys[i]);
                bitmap[bit >> 6] |= 1UL << (bit & 63);
            }
        }
    }

    /// <summary>How many positions there are.</summary>
    public int Count { get; }

    /// <summary>The position of <paramref name="key"/>, or −1 when it is not a feature.</summary>
    public int IndexOf(ulong key)
    {
        var bit = Bit(key);
        return (bitmap[bit >> 6] & (1UL << (bit & 63))) == 0 ? -1 : members.Get(key) - 1;
    }

    /// <summary>A different multiplier from <see cref="NGramTable"/>'s, so bitmap and table collisions are independent.</summary>
    private static int Bit(ulong key) => (int)((key * 0xD6E8FEB86659FD93UL) >> (64 - BitmapBits));
}
