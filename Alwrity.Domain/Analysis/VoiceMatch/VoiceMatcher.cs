using System.Globalization;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Voice match: how much a draft sounds like a reference (a persona's samples). Mixes Cosine Delta over weighted
/// z-scores of most-frequent-word rates, the same over character 2–5-grams, and punctuation and sentence-length
/// distances (<see cref="VoiceDistances.Style"/>), calibrated on same- and different-author pairs
/// (<see cref="VoiceNorms"/>). Pure and thread-safe.
/// </summary>
public static class VoiceMatcher
{
    /// <summary>A reference needs at least this many words for a score.</summary>
    public const int MinimumReferenceWords = 1000;

    /// <summary>A draft needs at least this many words for a score.</summary>
    public const int MinimumCandidateWords = 150;

    /// <summary>Builds a storable profile from reference texts with the committed norms.</summary>
    public static VoiceProfile BuildProfile(IReadOnlyList<string> referenceTexts) =>
        BuildProfile(referenceTexts, VoiceNormsStore.Default);

    /// <summary>Builds a storable profile from reference texts with the given norms.</summary>
    public static VoiceProfile BuildProfile(IReadOnlyList<string> referenceTexts, VoiceNorms norms)
    {
        var texts = referenceTexts ?? [];
        var counts = StyleScanner.Scan(texts, norms);
        return VoiceProfileFactory.Build(counts, norms, texts.Count(t => !string.IsNullOrWhiteSpace(t)));
    }

    /// <summary>Matches a draft against a prebuilt profile with the committed norms.</summary>
    public static VoiceMatchResult Match(VoiceProfile reference, string candidateText) =>
        Match(reference, candidateText, VoiceNormsStore.Default);

    /// <summary>Matches a draft against reference texts with the committed norms.</summary>
    public static VoiceMatchResult Match(IReadOnlyList<string> referenceTexts, string candidateText) =>
        Match(referenceTexts, candidateText, VoiceNormsStore.Default);

    /// <summary>Matches a draft against reference texts with the given norms.</summary>
    public static VoiceMatchResult Match(IReadOnlyList<string> referenceTexts, string candidateText, VoiceNorms norms)
    {
        var profile = BuildProfile(referenceTexts, norms);
        return Compare(PreparedVoice.FromProfile(profile, norms), candidateText, norms);
    }

    /// <summary>Matches a draft against a prebuilt profile with the given norms.</summary>
    public static VoiceMatchResult Match(VoiceProfile reference, string candidateText, VoiceNorms norms)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var prepared = ReferenceEquals(norms, VoiceNormsStore.Default)
            ? PreparedVoice.ForReference(reference, norms)
            : PreparedVoice.FromProfile(reference, norms);
        return Compare(prepared, candidateText, norms);
    }

    private static VoiceMatchResult Compare(PreparedVoice reference, string? candidateText, VoiceNorms norms)
    {
        var counts = StyleScanner.Scan([candidateText], norms);
        return Compare(reference, PreparedVoice.ForCandidate(counts, norms), norms);
    }

    private static VoiceMatchResult Compare(PreparedVoice reference, PreparedVoice candidate, VoiceNorms norms)
    {
        var calibration = norms.Calibration;
        var missing = Missing(reference.Words, candidate.Words);
        if (missing.Count > 0)
        {
            return new VoiceMatchResult(
                null, VoiceVerdict.Insufficient, 0, null, VoiceMatchComponents.None, missing, reference.Words,
                candidate.Words, MinimumReferenceWords, MinimumCandidateWords, missing,
                calibration.MatchScore, calibration.MismatchScore);
        }

        var distances = VoiceDistances.Measure(reference, candidate);
        var (score, distance) = VoiceScoring.Score(distances, calibration);
        var components = new VoiceMatchComponents(
            Round(distances.CosineDelta), Round(distances.CharNGram), Round(distances.Punctuation), Round(distances.SentenceLength));
        return new VoiceMatchResult(
            score, VoiceScoring.Verdict(score, calibration), VoiceScoring.Confidence(reference.Words, candidate.Words),
            Round(distance), components, VoiceExplainer.Explain(reference, candidate, norms), reference.Words,
            candidate.Words, MinimumReferenceWords, MinimumCandidateWords, [], calibration.MatchScore, calibration.MismatchScore);
    }

    private static List<string> Missing(int referenceWords, int candidateWords)
    {
        var missing = new List<string>();
        if (referenceWords < MinimumReferenceWords)
        {
            missing.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The reference has {referenceWords:N0} words; at least {MinimumReferenceWords:N0} are needed ({MinimumReferenceWords - referenceWords:N0} more)."));
        }

        if (candidateWords < MinimumCandidateWords)
        {
            missing.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The draft has {candidateWords:N0} words; at least {MinimumCandidateWords:N0} are needed ({MinimumCandidateWords - candidateWords:N0} more)."));
        }

        return missing;
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : 0;
}
