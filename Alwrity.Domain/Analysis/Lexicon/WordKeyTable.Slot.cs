namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>The slot layout of <see cref="WordKeyTable"/>.</summary>
internal sealed partial class WordKeyTable
{
    /// <summary>
    /// One 32-byte slot. Tag: hash (32 bits), occupied bit, length (7 bits), id (24 bits); then the first block;
    /// then where later blocks start in the tail buffer.
    /// </summary>
    private readonly struct Slot(ulong tag, ulong first, ulong second, int tail)
    {
        private const ulong IdMask = (1UL << 24) - 1;
        private const ulong OccupiedBit = 1UL << 31;

        public readonly ulong Tag = tag;
        private readonly ulong _first = first;
        private readonly ulong _second = second;
        public readonly int Tail = tail;

        public int Id => (int)(Tag & IdMask);

        public bool Occupied => (Tag & OccupiedBit) != 0;

        public static ulong TagOf(uint hash, int length) => ((ulong)hash << 32) | OccupiedBit | ((ulong)length << 24);

        public bool Matches(ulong tag, ulong first, ulong second) =>
            (((Tag & ~IdMask) ^ tag) | (_first ^ first) | (_second ^ second)) == 0;
    }
}
