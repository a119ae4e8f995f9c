namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// The answer to "does this draft sound like this person?". Serialises (System.Text.Json, camelCase) to
/// <c>{score, verdict, confidence, distance, components, explanations, referenceWords, candidateWords,
/// minimumReferenceWords, minimumCandidateWords, missing, matchScore, mismatchScore}</c>; never NaN or infinity.
/// </summary>
/// <param name="Score">0–100 (the calibrated probability of the same author, in percent); null when insufficient.</param>
/// <param name="Verdict">One of <see cref="VoiceVerdict"/>'s values.</param>
/// <param name="Confidence">0–1; grows with the words in the draft and in the reference.</param>
/// <param name="Distance">The combined distance (weighted sum of the component distances); null when insufficient.</param>
/// <param name="Components">The component distances (0 = identical).</param>
/// <param name="Explanations">2–5 plain-language reasons, most influential first (or what is missing).</param>
/// <param name="ReferenceWords">Words in the reference.</param>
/// <param name="CandidateWords">Words in the draft.</param>
/// <param name="MinimumReferenceWords">Reference words needed for a score.</param>
/// <param name="MinimumCandidateWords">Draft words needed for a score.</param>
/// <param name="Missing">What is missing for a score (empty when scored).</param>
/// <param name="MatchScore">Scores at or above this are a match.</param>
/// <param name="MismatchScore">Scores at or below this are a mismatch.</param>
public sealed record VoiceMatchResult(
    double? Score,
    string Verdict,
    double Confidence,
    double? Distance,
    VoiceMatchComponents Components,
    IReadOnlyList<string> Explanations,
    int ReferenceWords,
    int CandidateWords,
    int MinimumReferenceWords,
    int MinimumCandidateWords,
    IReadOnlyList<string> Missing,
    double MatchScore,
    double MismatchScore);

/// <summary>Component distances of a voice match; all null when the texts were too short to compare.</summary>
/// <param name="CosineDelta">1 − cosine of weighted, clipped z-scores of most-frequent-word rates (0–2).</param>
/// <param name="CharNgram">1 − cosine of weighted, clipped z-scores of character 2–5-gram rates (0–2).</param>
/// <param name="Punctuation">RMS difference of z-scored punctuation rates.</param>
/// <param name="SentenceLength">Absolute log ratio of mean sentence lengths.</param>
public sealed record VoiceMatchComponents(double? CosineDelta, double? CharNgram, double? Punctuation, double? SentenceLength)
{
    /// <summary>No components (too little text).</summary>
    public static VoiceMatchComponents None { get; } = new(null, null, null, null);
}

/// <summary>The verdict strings of <see cref="VoiceMatchResult.Verdict"/>.</summary>
public static class VoiceVerdict
{
    /// <summary>The draft sounds like the reference.</summary>
    public const string Match = "match";

    /// <summary>Between the thresholds.</summary>
    public const string Uncertain = "uncertain";

    /// <summary>The draft does not sound like the reference.</summary>
    public const string Mismatch = "mismatch";

    /// <summary>Too little text in the draft or the reference to judge.</summary>
    public const string Insufficient = "insufficient";
}
