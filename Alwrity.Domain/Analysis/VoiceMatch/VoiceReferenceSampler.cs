namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Builds a reference of a target length from several documents, drawing evenly from them.</summary>
public static class VoiceReferenceSampler
{
    /// <summary>Each chosen document gives at least this many words, so that openings ("To the People…") do not dominate.</summary>
    public const int MinimumShare = 1000;

    /// <summary>
    /// About <paramref name="words"/> words from up to words / 1,000 documents spread evenly over the list, an equal
    /// share from the start of each (cut at a sentence end); when a document runs out, the next unused one takes
    /// its place. Deterministic.
    /// </summary>
    public static List<string> EvenShares(IReadOnlyList<string> texts, int words)
    {
        var lengths = texts.Select(TextChunker.CountWords).ToArray();
        var usable = Enumerable.Range(0, texts.Count).Where(i => lengths[i] > 0).ToList();
        var slots = Math.Clamp(words / MinimumShare, 1, Math.Max(usable.Count, 1));
        var spread = Enumerable.Range(0, slots).Select(j => usable.Count == 0 ? -1 : usable[j * usable.Count / slots]).Where(i => i >= 0).ToList();
        var queue = new Queue<int>(usable.Except(spread));
        var open = spread;
        var shares = new int[texts.Count];
        var remaining = words;
        while (remaining > 0 && open.Count > 0)
        {
            var share = Math.Max(remaining / open.Count, 1);
            foreach (var i in open)
            {
                var add = Math.Min(Math.Min(share, remaining), lengths[i] - shares[i]);
                shares[i] += add;
                remaining -= add;
            }

            open = [.. open.Where(i => shares[i] < lengths[i])];
            while (open.Count < slots && queue.Count > 0)
            {
                open.Add(queue.Dequeue());
            }
        }

        return [.. Enumerable.Range(0, texts.Count)
            .Where(i => shares[i] > 0)
            .Select(i => shares[i] >= lengths[i] ? texts[i] : TextChunker.Take(texts[i], shares[i]))];
    }
}
