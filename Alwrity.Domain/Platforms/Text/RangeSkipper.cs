namespace Alwrity.Domain.Platforms.Text;

/// <summary>Walks forward through sorted, non-overlapping ranges so a scanner can jump over them (e.g. links).</summary>
internal struct RangeSkipper(IReadOnlyList<TextRange> ranges)
{
    private int _next;

    /// <summary>If <paramref name="index"/> is inside a range, moves it to the range's end and returns true.</summary>
    public bool TrySkip(ref int index)
    {
        while (_next < ranges.Count && ranges[_next].End <= index)
        {
            _next++;
        }

        if (_next < ranges.Count && ranges[_next].Start <= index)
        {
            index = ranges[_next].End;
            _next++;
            return true;
        }

        return false;
    }
}
