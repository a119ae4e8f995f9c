namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>One calibration pair: the distances between a candidate chunk and a reference, and whether they share an author.</summary>
internal sealed record CalibrationPair(VoiceDistances Distances, bool SameAuthor, int Fold, string Collection);

/// <summary>
/// Deterministic calibration pairs. For every document of an author with at least two documents, and for each
/// candidate length, one chunk of that document is the candidate; for each reference length, the same author's
/// OTHER documents form the same-author reference and other authors of the same collection form different-author
/// references, each drawn evenly from the author's documents (<see cref="VoiceReferenceSampler"/>). Choices
/// rotate with the document index and a fixed string hash — no randomness.
/// </summary>
internal sealed class VoicePairSampler(VoiceNorms norms, VoiceNormsOptions options)
{
    private readonly Dictionary<(string Author, int Start, int Words), PreparedVoice?> references = [];

    public List<CalibrationPair> Sample(IReadOnlyList<VoiceCorpusDocument> documents)
    {
        var pairs = new List<CalibrationPair>();
        var labelled = documents.Where(d => d.Author is not null).ToList();
        var authorKeys = labelled.Select(d => AuthorKey(d)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var collection in labelled.Select(d => d.Collection).Distinct().Order(StringComparer.Ordinal))
        {
            var byAuthor = labelled.Where(d => d.Collection == collection)
                .GroupBy(d => d.Author!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var eligible = byAuthor.Keys.Where(a => TotalWords(byAuthor[a]) >= VoiceMatcher.MinimumReferenceWords).ToList();
            foreach (var (author, docs) in byAuthor.Where(a => a.Value.Count >= 2))
            {
                var fold = authorKeys.IndexOf(AuthorKey(docs[0])) % options.Folds;
                var others = eligible.Where(a => a != author).ToList();
                for (var i = 0; i < docs.Count; i++)
                {
                    AddPairsFor(pairs, byAuthor, others, author, i, fold);
                }
            }
        }

        return pairs;
    }

    private void AddPairsFor(
        List<CalibrationPair> pairs,
        Dictionary<string, List<VoiceCorpusDocument>> byAuthor,
        List<string> others,
        string author,
        int index,
        int fold)
    {
        var docs = byAuthor[author];
        var document = docs[index];
        for (var c = 0; c < options.CandidateWords.Count; c++)
        {
            var candidate = Candidate(document.Text, options.CandidateWords[c], index + c);
            if (candidate is null)
            {
                continue;
            }

            foreach (var referenceWords in options.ReferenceWords)
            {
                var rest = docs.Skip(index + 1).Concat(docs.Take(index)).ToList();
                if (Reference($"{document.Collection}\u0001{author}\u0001{index}", rest, 0, referenceWords) is { } same)
                {
                    pairs.Add(new(VoiceDistances.Measure(same, candidate), true, fold, document.Collection));
                }

                var offset = (int)(StableHash($"{document.Name}|{c}|{referenceWords}") % (ulong)Math.Max(others.Count, 1));
                foreach (var other in others.Skip(offset).Concat(others.Take(offset)).Take(options.DifferentAuthors))
                {
                    var otherDocs = byAuthor[other];
                    if (Reference($"{document.Collection}\u0001{other}", otherDocs, 0, referenceWords) is { } different)
                    {
                        pairs.Add(new(VoiceDistances.Measure(different, candidate), false, fold, document.Collection));
                    }
                }
            }
        }
    }

    private PreparedVoice? Candidate(string text, int words, int rotation)
    {
        if (TextChunker.CountWords(text) < words * 0.9)
        {
            return null;
        }

        var chunks = TextChunker.Split(text, words);
        return PreparedVoice.ForCandidate(StyleScanner.Scan([chunks[rotation % chunks.Count]], norms), norms);
    }

    private PreparedVoice? Reference(string key, List<VoiceCorpusDocument> docs, int start, int words)
    {
        if (references.TryGetValue((key, start, words), out var cached))
        {
            return cached;
        }

        var ordered = docs.Skip(start).Concat(docs.Take(start)).Select(d => d.Text).ToList();
        var parts = VoiceReferenceSampler.EvenShares(ordered, words);
        var counts = StyleScanner.Scan(parts, norms);
        var prepared = counts.WordCount >= VoiceMatcher.MinimumReferenceWords
            ? PreparedVoice.FromProfile(VoiceProfileFactory.Build(counts, norms, parts.Count), norms)
            : null;
        references[(key, start, words)] = prepared;
        return prepared;
    }

    private static int TotalWords(List<VoiceCorpusDocument> docs) => docs.Sum(d => TextChunker.CountWords(d.Text));

    private static string AuthorKey(VoiceCorpusDocument document) => $"{document.Collection}\u0001{document.Author}";

    /// <summary>FNV-1a, 64 bits: stable across runs and platforms, unlike <see cref="string.GetHashCode()"/>.</summary>
    internal static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
