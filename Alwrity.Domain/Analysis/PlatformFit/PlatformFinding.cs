using System.Text.Json.Serialization;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>How much a finding matters: an error blocks posting, a warning hurts the post, info is advice.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    [JsonStringEnumMemberName("info")]
    Info,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("error")]
    Error,
}

/// <summary>Where in the checked text a finding points: UTF-16 offset and length.</summary>
public sealed record TextSpan(int Start, int Length);

/// <summary>
/// One thing the platform-fit check noticed: a stable kebab-case <see cref="Code"/> (see <see cref="FindingCodes"/>),
/// a plain-English message with the numbers, a hint saying what to do, and optionally where in the text it is.
/// </summary>
public sealed record PlatformFinding(FindingSeverity Severity, string Code, string Message, string Hint)
{
    /// <summary>The part of the text the finding is about, if it is about one place.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>The matched text (for AI-tell phrases), trimmed to at most 120 characters.</summary>
    public string? Evidence { get; init; }

    /// <summary>For AI-tell phrases: which tell matched (e.g. "thrilled-to-announce").</summary>
    public string? TellId { get; init; }
}
