using System.Globalization;

namespace Alwrity.Domain.Analysis.VoiceMatch.Evaluation;

/// <summary>Retrieval trials of one author: how many, and how many put the own profile first or in the top three.</summary>
public sealed record AuthorRetrieval(string Author, int Trials, int TopOne, int TopThree);

/// <summary>The outcome of a <see cref="VoiceRetrieval"/> run over one collection.</summary>
/// <param name="Collection">The collection's folder name.</param>
/// <param name="Authors">Authors in the pool (those with at least 1,000 words of reference text).</param>
/// <param name="PerAuthor">Trials per author with at least two documents.</param>
/// <param name="Auc">AUC of same- versus different-author scores over the same pairs.</param>
/// <param name="Verdicts">How often those pairs were judged "match" or "mismatch".</param>
public sealed record VoiceRetrievalReport(
    string Collection, int Authors, IReadOnlyList<AuthorRetrieval> PerAuthor, double Auc, VerdictShares Verdicts)
{
    /// <summary>All trials.</summary>
    public int Trials => PerAuthor.Sum(a => a.Trials);

    /// <summary>Trials whose own profile scored best.</summary>
    public int TopOne => PerAuthor.Sum(a => a.TopOne);

    /// <summary>Trials whose own profile was among the three best.</summary>
    public int TopThree => PerAuthor.Sum(a => a.TopThree);

    /// <summary>Share of trials with the own profile first.</summary>
    public double TopOneAccuracy => (double)TopOne / Math.Max(Trials, 1);

    /// <summary>Share of trials with the own profile among the three best.</summary>
    public double TopThreeAccuracy => (double)TopThree / Math.Max(Trials, 1);

    /// <summary>One line: "state_union: top-1 41/65 = 0.631, top-3 … among 11 authors, AUC 0.851".</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Collection}: top-1 {TopOne}/{Trials} = {TopOneAccuracy:0.000}, top-3 {TopThree}/{Trials} = {TopThreeAccuracy:0.000} among {Authors} authors, AUC {Auc:0.000}");

    /// <summary>"verdicts: same author 0.91 match, 0.00 mismatch; different authors 0.35 match, 0.29 mismatch".</summary>
    public string VerdictSummary()
    {
        var v = Verdicts;
        double Share(int n, int of) => (double)n / Math.Max(of, 1);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"verdicts: same author {Share(v.SameMatch, v.SamePairs):0.00} match, {Share(v.SameMismatch, v.SamePairs):0.00} mismatch; different authors {Share(v.DifferentMatch, v.DifferentPairs):0.00} match, {Share(v.DifferentMismatch, v.DifferentPairs):0.00} mismatch");
    }

    /// <summary>"Author hits/trials" for each author, in name order.</summary>
    public string PerAuthorSummary() =>
        string.Join("; ", PerAuthor.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Author} {a.TopOne}/{a.Trials}")));
}
