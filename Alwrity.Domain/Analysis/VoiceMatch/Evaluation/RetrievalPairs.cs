namespace Alwrity.Domain.Analysis.VoiceMatch.Evaluation;

/// <summary>How often same- and different-author pairs got each verdict.</summary>
public sealed record VerdictShares(int SamePairs, int SameMatch, int SameMismatch, int DifferentPairs, int DifferentMatch, int DifferentMismatch)
{
    /// <summary>Share of same-author pairs judged "match".</summary>
    public double SameMatchShare => (double)SameMatch / Math.Max(SamePairs, 1);

    /// <summary>Share of different-author pairs judged "mismatch".</summary>
    public double DifferentMismatchShare => (double)DifferentMismatch / Math.Max(DifferentPairs, 1);
}

/// <summary>The scored pairs of a retrieval run: log-odds for the AUC, and the verdict each pair would get.</summary>
internal sealed class RetrievalPairs(VoiceCalibration calibration)
{
    private readonly List<double> logOdds = [];
    private readonly List<bool> same = [];
    private readonly Dictionary<(bool Same, string Verdict), int> verdicts = [];

    /// <summary>Scores a pair, records it and returns its log-odds (for ranking).</summary>
    public double Add(PreparedVoice reference, PreparedVoice candidate, bool sameAuthor)
    {
        var distances = VoiceDistances.Measure(reference, candidate);
        var value = VoiceScoring.LogOdds(distances, calibration);
        logOdds.Add(value);
        same.Add(sameAuthor);
        var verdict = VoiceScoring.Verdict(VoiceScoring.Score(distances, calibration).Score, calibration);
        verdicts[(sameAuthor, verdict)] = verdicts.GetValueOrDefault((sameAuthor, verdict)) + 1;
        return value;
    }

    public double Auc() => RocAuc.Compute(logOdds, same);

    public VerdictShares Verdicts() => new(
        same.Count(s => s), Count(true, VoiceVerdict.Match), Count(true, VoiceVerdict.Mismatch),
        same.Count(s => !s), Count(false, VoiceVerdict.Match), Count(false, VoiceVerdict.Mismatch));

    private int Count(bool sameAuthor, string verdict) => verdicts.GetValueOrDefault((sameAuthor, verdict));
}
