namespace Alwrity.Domain.Analysis.VoiceMatch.Evaluation;

/// <summary>How candidates are cut from each document in a retrieval run.</summary>
public enum CandidateChunks
{
    /// <summary>The first ~1,000-word chunk of each document (one trial per document).</summary>
    First,

    /// <summary>Every ~1,000-word chunk of each document (more trials, same protocol).</summary>
    All,
}

/// <summary>
/// Same-author retrieval over one collection: a ~1,000-word chunk of a document is scored against every author's
/// profile (~5,000 words drawn evenly from their documents, <see cref="VoiceReferenceSampler"/>); the author's own
/// profile is rebuilt from their OTHER documents only, so the candidate text never appears in any reference. A trial
/// is a hit at rank k when the own profile is among the k best scores. The same pairs give the AUC of same- versus
/// different-author scores and how often each got "match" or "mismatch". Deterministic; uses exactly the scoring of
/// <see cref="VoiceMatcher"/>.
/// </summary>
public static class VoiceRetrieval
{
    /// <summary>Words in each author profile unless a run asks for another length.</summary>
    public const int ReferenceWords = 5000;

    /// <summary>Words in each candidate chunk.</summary>
    public const int CandidateWords = 1000;

    /// <summary>Runs the protocol on every collection of <see cref="VoiceCorpusLayout.Collections"/> found in the documents.</summary>
    public static IReadOnlyList<VoiceRetrievalReport> RunAll(
        IReadOnlyList<VoiceCorpusDocument> documents,
        Func<string, VoiceNorms> normsFor,
        CandidateChunks chunks = CandidateChunks.First,
        int referenceWords = ReferenceWords) =>
        [.. VoiceCorpusLayout.Collections
            .Where(c => documents.Any(d => d.Collection == c))
            .Select(c => Run(c, documents, normsFor(c), chunks, referenceWords))];

    /// <summary>Runs the protocol on the labelled documents of one collection with the given norms.</summary>
    public static VoiceRetrievalReport Run(
        string collection,
        IEnumerable<VoiceCorpusDocument> documents,
        VoiceNorms norms,
        CandidateChunks chunks = CandidateChunks.First,
        int referenceWords = ReferenceWords)
    {
        var byAuthor = documents.Where(d => d.Collection == collection && d.Author is not null)
            .GroupBy(d => d.Author!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var profiles = byAuthor
            .Select(a => (Author: a.Key, Voice: Prepare(a.Value, norms, referenceWords)))
            .Where(p => p.Voice is not null)
            .ToDictionary(p => p.Author, p => p.Voice!, StringComparer.Ordinal);
        var perAuthor = new List<AuthorRetrieval>();
        var pairs = new RetrievalPairs(norms.Calibration);
        foreach (var (author, docs) in byAuthor.Where(a => a.Value.Count >= 2))
        {
            var ranks = new List<int>();
            foreach (var document in docs.Where(d => TextChunker.CountWords(d.Text) >= CandidateWords * 0.9))
            {
                if (Prepare(docs.Where(d => d != document), norms, referenceWords) is not { } own)
                {
                    continue;
                }

                foreach (var candidate in Candidates(document.Text, chunks, norms))
                {
                    ranks.Add(RankOfOwn(author, own, candidate, profiles, pairs));
                }
            }

            if (ranks.Count > 0)
            {
                perAuthor.Add(new AuthorRetrieval(author, ranks.Count, ranks.Count(r => r == 1), ranks.Count(r => r <= 3)));
            }
        }

        return new VoiceRetrievalReport(collection, profiles.Count, perAuthor, pairs.Auc(), pairs.Verdicts());
    }

    private static int RankOfOwn(
        string author, PreparedVoice own, PreparedVoice candidate, Dictionary<string, PreparedVoice> profiles, RetrievalPairs pairs)
    {
        var ownScore = pairs.Add(own, candidate, sameAuthor: true);
        var rank = 1;
        foreach (var (_, profile) in profiles.Where(p => p.Key != author))
        {
            rank += pairs.Add(profile, candidate, sameAuthor: false) > ownScore ? 1 : 0;
        }

        return rank;
    }

    private static IEnumerable<PreparedVoice> Candidates(string text, CandidateChunks chunks, VoiceNorms norms)
    {
        var parts = TextChunker.Split(text, CandidateWords);
        var chosen = chunks == CandidateChunks.First ? parts.Take(1) : parts.Where(p => TextChunker.CountWords(p) >= CandidateWords * 0.9);
        return chosen.Select(p => PreparedVoice.ForCandidate(StyleScanner.Scan([p], norms), norms));
    }

    private static PreparedVoice? Prepare(IEnumerable<VoiceCorpusDocument> documents, VoiceNorms norms, int referenceWords)
    {
        var parts = VoiceReferenceSampler.EvenShares([.. documents.Select(d => d.Text)], referenceWords);
        var profile = VoiceMatcher.BuildProfile(parts, norms);
        return profile.Words >= VoiceMatcher.MinimumReferenceWords ? PreparedVoice.FromProfile(profile, norms) : null;
    }
}
