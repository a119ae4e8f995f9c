using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Analysis.VoiceMatch.Evaluation;
using Xunit.Abstractions;

namespace Alwrity.Tests.Analysis.VoiceMatch;

/// <summary>
/// How well the calibrated score separates same-author from different-author texts on the inaugural and State of
/// the Union corpora: a ~1,000-word chunk of one document against a ~5,000-word reference from the same author's
/// OTHER documents (never the candidate's own document) or from another author of the same collection.
/// </summary>
public sealed class VoiceCalibrationTests(ITestOutputHelper output)
{
    private const int CandidateWords = 1000;
    private const int ReferenceWords = 5000;

    // Measured (test output): 0.935 with the committed norms on inaugural + State of the Union (0.974 / 0.878), and
    // 0.827 on the State of the Union with norms built without it (before the within-author word directions were
    // projected out: 0.915 and 0.829 — the committed-norms figure rose mostly because those directions were
    // learned from these very authors; before the shift-free difference and the function-word pairs: 0.886 and
    // 0.795; before that 0.882 and 0.771). Floors sit about 0.04 below, so the
    // previous method fails the held-out one and a change that costs real separation fails while small model
    // changes do not. The
    // committed-norms pairs resemble the calibration pairs (four fitted coefficients), which is why the held-out
    // check exists.
    private const double CommittedAucFloor = 0.87;
    private const double HeldOutAucFloor = 0.79;

    [Fact]
    public void Same_author_pairs_score_above_different_author_pairs_on_inaugural_and_state_of_the_union()
    {
        var scores = new List<double>();
        var same = new List<bool>();
        foreach (var collection in new[] { "inaugural", "state_union" })
        {
            var (collectionScores, collectionSame) = ScorePairs(collection, VoiceNormsStore.Default);
            output.WriteLine($"{collection}: {collectionSame.Count(s => s)} same, {collectionSame.Count(s => !s)} different, AUC {RocAuc.Compute(collectionScores, collectionSame):0.000}");
            scores.AddRange(collectionScores);
            same.AddRange(collectionSame);
        }

        var auc = RocAuc.Compute(scores, same);
        output.WriteLine($"combined AUC {auc:0.000} (committed norms)");
        Assert.True(auc >= CommittedAucFloor, $"AUC {auc:0.000} fell below {CommittedAucFloor}");
    }

    [Fact]
    public void Norms_built_without_the_state_of_the_union_still_separate_its_authors()
    {
        var (scores, same) = ScorePairs("state_union", VoiceCorpora.NormsWithout("state_union"));

        var auc = RocAuc.Compute(scores, same);
        output.WriteLine($"held-out State of the Union AUC {auc:0.000} ({same.Count(s => s)} same, {same.Count(s => !s)} different)");
        Assert.True(auc >= HeldOutAucFloor, $"held-out AUC {auc:0.000} fell below {HeldOutAucFloor}");
    }

    [Fact]
    public void Inaugural_pairs_are_judged_match_for_the_same_president_and_mismatch_for_another()
    {
        // Measured with the committed norms (every chunk): same president 0.82 match, different presidents 0.84
        // mismatch and 0.03 match (62 of 1,862; before the within-author word directions were projected out 0.80,
        // 0.77 and 0.05; before the shift-free difference 0.82, 0.68 and 0.09). Floors about 0.1 below (0.05 above
        // for the false matches), set before the projection.
        var verdicts = VoiceCorpora.Retrieval("inaugural", VoiceNormsStore.Default).Verdicts;
        output.WriteLine($"same {verdicts.SameMatchShare:0.00} match; different {verdicts.DifferentMismatchShare:0.00} mismatch, {verdicts.DifferentMatch} of {verdicts.DifferentPairs} match");

        Assert.True(verdicts.SameMatchShare >= 0.70, $"same-author match share {verdicts.SameMatchShare:0.00}");
        Assert.True(verdicts.DifferentMismatchShare >= 0.67, $"different-author mismatch share {verdicts.DifferentMismatchShare:0.00}");
        Assert.True(verdicts.DifferentMatch <= 0.10 * verdicts.DifferentPairs, $"{verdicts.DifferentMatch} different-author matches");
    }

    private static (List<double> Scores, List<bool> Same) ScorePairs(string collection, VoiceNorms norms)
    {
        var byAuthor = VoiceCorpora.ByAuthor(collection);
        var fullProfiles = byAuthor.ToDictionary(
            a => a.Key, a => VoiceMatcher.BuildProfile(VoiceCorpora.Reference(a.Value, ReferenceWords), norms));
        var scores = new List<double>();
        var same = new List<bool>();
        foreach (var (author, documents) in byAuthor.Where(a => a.Value.Count >= 2))
        {
            foreach (var document in documents.Where(d => TextChunker.CountWords(d.Text) >= CandidateWords * 0.9))
            {
                var candidate = TextChunker.Split(document.Text, CandidateWords)[0];
                var own = VoiceMatcher.BuildProfile(VoiceCorpora.Reference(documents.Where(d => d != document), ReferenceWords), norms);
                foreach (var (other, profile) in fullProfiles)
                {
                    var reference = other == author ? own : profile;
                    if (VoiceMatcher.Match(reference, candidate, norms).Score is { } score)
                    {
                        scores.Add(score);
                        same.Add(other == author);
                    }
                }
            }
        }

        return (scores, same);
    }
}
