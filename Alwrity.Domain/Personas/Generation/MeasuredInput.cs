using System.Text.Json.Nodes;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>What the Measure stage hands to the persona engines: the texts, their measurements and the profile.</summary>
public sealed record MeasuredInput(
    IReadOnlyList<CollectedText> Sources,
    MeasuredVoice Voice,
    ProfileAnswers Profile)
{
    public VoiceMeasurements Measurements => Voice.Measurements;
}

/// <summary>The analyzer's output as the persona needs it: the full fingerprint, the flat figures and the evidence.</summary>
public sealed record MeasuredVoice(JsonObject Fingerprint, VoiceMeasurements Measurements, IReadOnlyList<RawEvidence> Evidence);

/// <summary>A sentence supporting a trait: which source, where (character offsets in the original text), what it says.</summary>
public sealed record RawEvidence(string Trait, string SourceId, int Start, int Length, string Quote);

/// <summary>The Measure stage: measures the user's texts with Alwrity's own analyzer (no model involved).</summary>
public interface IVoiceAnalyzer
{
    MeasuredVoice Analyze(IReadOnlyList<CollectedText> texts);
}
