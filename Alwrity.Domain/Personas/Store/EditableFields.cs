namespace Alwrity.Domain.Personas.Store;

/// <summary>The shape of value an editable field takes.</summary>
public enum FieldShape
{
    Text,
    TextList,
    TextOrList,
}

/// <summary>An editable field: where it lives (core, or one platform's document) and its shape.</summary>
public sealed record EditableField(string Path, string? Platform, string DocumentPath, FieldShape Shape)
{
    public string Label => FieldLabels.ForField(DocumentPath);
}

/// <summary>
/// The allow-list of qualitative fields a user may override. Measured numbers, evidence, data sufficiency
/// and platform rules are never editable: they come from the user's writing or from a published source.
/// </summary>
public static class EditableFields
{
    public const string CorePrefix = "corePersona.";
    public const string PlatformPrefix = "platformPersonas.";
    public const int MaxTextLength = 500;
    public const int MaxListItems = 50;

    private static readonly Dictionary<string, FieldShape> Core = new(StringComparer.Ordinal)
    {
        ["identity.personaName"] = FieldShape.Text,
        ["identity.archetype"] = FieldShape.Text,
        ["identity.coreBelief"] = FieldShape.Text,
        ["identity.brandVoiceDescription"] = FieldShape.Text,
        ["tonalRange.defaultTone"] = FieldShape.Text,
        ["tonalRange.permissibleTones"] = FieldShape.TextList,
        ["tonalRange.forbiddenTones"] = FieldShape.TextList,
        ["tonalRange.emotionalRange"] = FieldShape.Text,
        ["stylisticConstraints.do"] = FieldShape.TextList,
        ["stylisticConstraints.dont"] = FieldShape.TextList,
        ["avoidWords"] = FieldShape.TextList,
        ["brandValues"] = FieldShape.TextList,
        ["industry"] = FieldShape.Text,
        ["audience"] = FieldShape.Text,
        ["goals"] = FieldShape.TextOrList,
    };

    private static readonly Dictionary<string, FieldShape> Adaptation = new(StringComparer.Ordinal)
    {
        ["paragraphStructure"] = FieldShape.Text,
        ["hookStyle"] = FieldShape.Text,
        ["ctaStyle"] = FieldShape.Text,
        ["hashtagStrategy"] = FieldShape.Text,
        ["emojiPolicy"] = FieldShape.Text,
        ["guidance"] = FieldShape.TextList,
    };

    private static readonly string[] MeasuredCore =
    [
        "linguisticFingerprint", "evidence", "dataSufficiency", "confidence", "tonalRange.sentimentMean",
        "tonalRange.sentimentSpread", "tonalRange.formality", "stylisticConstraints.punctuation", "stylisticConstraints.formatting",
    ];

    private static readonly string[] MeasuredAdaptation = ["targetSentenceLength", "targetLength", "rationale"];

    /// <summary>Paths as users and the diff write them: "identity.personaName", or with a "corePersona." prefix.</summary>
    public static string Normalise(string path)
    {
        var trimmed = path.Trim();
        return trimmed.StartsWith(CorePrefix, StringComparison.Ordinal) ? trimmed[CorePrefix.Length..] : trimmed;
    }

    /// <summary>The editable field at <paramref name="path"/>, or null with the reason it can't be edited.</summary>
    public static EditableField? Resolve(string path, out string? whyNot)
    {
        var normal = Normalise(path);
        whyNot = null;
        if (normal.StartsWith(PlatformPrefix, StringComparison.Ordinal))
        {
            return ResolvePlatform(normal, out whyNot);
        }

        if (Core.TryGetValue(normal, out var shape))
        {
            return new EditableField(normal, null, normal, shape);
        }

        whyNot = IsUnder(normal, MeasuredCore) ? Measured(normal)
            : IsUnder(normal, ["identity.source", "identity.basis"]) ? $"'{normal}' records how the persona was made and can't be edited."
            : NotEditable(normal);
        return null;
    }

    public static bool IsEditable(string path) => Resolve(path, out _) is not null;

    private static EditableField? ResolvePlatform(string path, out string? whyNot)
    {
        var segments = path.Split('.');
        whyNot = null;
        if (segments.Length == 4 && segments[2] == "adaptation" && Adaptation.TryGetValue(segments[3], out var shape)
            && PlatformKeys.IsValid(segments[1]))
        {
            return new EditableField(path, segments[1], $"adaptation.{segments[3]}", shape);
        }

        var inner = segments.Length > 2 ? string.Join('.', segments[2..]) : "";
        whyNot = inner.StartsWith("rules", StringComparison.Ordinal) || inner == "platform" || inner == "source"
            ? $"'{path}' is a published platform rule and can't be edited."
            : IsUnder(inner, MeasuredAdaptation.Select(m => "adaptation." + m).ToArray()) ? Measured(path)
            : NotEditable(path);
        return null;
    }

    private static bool IsUnder(string path, string[] roots) =>
        roots.Any(r => path == r || path.StartsWith(r + ".", StringComparison.Ordinal));

    private static string Measured(string path) => $"'{path}' is measured from your writing and can't be edited.";

    private static string NotEditable(string path) =>
        $"'{path}' is not a field you can edit. You can edit the persona's identity, tones, do and don't lists, " +
        "words to avoid, brand values, industry, audience, goals and each platform's hook, call-to-action, hashtag, emoji and paragraph guidance.";
}
