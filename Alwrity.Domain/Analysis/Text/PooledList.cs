using System.Buffers;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>A growable list over a rented array: no garbage per analysis beyond the pool.</summary>
internal sealed class PooledList<T> : IDisposable where T : struct
{
    private T[] _items;

    public PooledList(int capacity = 256)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));
    }

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public ref T this[int index] => ref _items[index];

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;

    /// <summary>Makes room for <paramref name="capacity"/> items at once (one copy instead of repeated doubling).</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Resize(capacity);
        }
    }

    public void Dispose()
    {
        var items = _items;
        _items = [];
        Count = 0;
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    /// <summary>Doubles the room; a call of its own, so <see cref="Add"/> stays small.</summary>
    private void Grow() => Resize(_items.Length * 2);

    private void Resize(int capacity)
    {
        var bigger = ArrayPool<T>.Shared.Rent(capacity);
        _items.AsSpan(0, Count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
    }
}
