using System.Text;
using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>The core sections of the voice guide: identity, measured habits, do and don't.</summary>
internal static class VoiceGuideSections
{
    private static readonly (string Key, string Words)[] Perspectives =
    [
        ("firstPersonSingular", "as \"I\""), ("firstPersonPlural", "as \"we\""),
        ("secondPerson", "to the reader as \"you\""), ("thirdPerson", "about others, in the third person"),
    ];

    public static void Identity(StringBuilder md, JsonObject core)
    {
        md.AppendLine("## Who is writing").AppendLine();
        Line(md, "Archetype", JsonDocuments.Text(core, "identity.archetype"));
        Line(md, "What they believe", JsonDocuments.Text(core, "identity.coreBelief"));
        Line(md, "Industry", JsonDocuments.Text(core, "industry"));
        Line(md, "Writing for", JsonDocuments.Text(core, "audience"));
        Line(md, "Goals", JsonDocuments.Text(core, "goals") ?? Joined(JsonDocuments.Texts(core, "goals")));
        Line(md, "Brand values", Joined(JsonDocuments.Texts(core, "brandValues")));
        if (JsonDocuments.Text(core, "identity.brandVoiceDescription") is { } voice)
        {
            md.AppendLine().AppendLine(voice);
        }

        md.AppendLine();
    }

    public static void HowTheyWrite(StringBuilder md, JsonObject core)
    {
        md.AppendLine("## How they write").AppendLine();
        Line(md, "Sentences", Sentences(core));
        Line(md, "Reading level", ReadingLevel(core));
        Line(md, "Tone", Tone(core));
        Line(md, "Mood", Number(core, "tonalRange.sentimentMean") is { } s ? $"{PlainWords.Sentiment(s)} on the whole" : null);
        Line(md, "Register", Number(core, "tonalRange.formality") is { } f ? PlainWords.Formality(f) : null);
        Line(md, "Perspective", Perspective(core));
        Line(md, "Punctuation", Punctuation(core));
        Line(md, "Go-to words", Quoted(Texts(core, "linguisticFingerprint.goToWords")));
        Line(md, "Go-to phrases", Quoted(Texts(core, "linguisticFingerprint.goToPhrases")));
        md.AppendLine();
    }

    public static void DoAndDont(StringBuilder md, JsonObject core)
    {
        md.AppendLine("## Do and don't").AppendLine();
        Bullets(md, "**Do**", JsonDocuments.Texts(core, "stylisticConstraints.do"));
        Bullets(md, "**Don't**", JsonDocuments.Texts(core, "stylisticConstraints.dont"));
        var avoid = JsonDocuments.Texts(core, "avoidWords");
        if (avoid.Count > 0)
        {
            md.AppendLine("### Words to avoid").AppendLine().AppendLine(Quoted(avoid)).AppendLine();
        }
    }

    internal static void Line(StringBuilder md, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            md.AppendLine($"- **{label}:** {text}");
        }
    }

    internal static void Bullets(StringBuilder md, string heading, IReadOnlyList<string> items)
    {
        md.AppendLine(heading).AppendLine();
        md.AppendLine(items.Count == 0 ? "- (nothing recorded yet)" : string.Join('\n', items.Select(i => $"- {i}")));
        md.AppendLine();
    }

    internal static double? Number(JsonObject root, params string[] paths) =>
        paths.Select(p => JsonDocuments.Number(root, p)).FirstOrDefault(n => n is not null);

    private static IReadOnlyList<string> Texts(JsonObject root, params string[] paths)
    {
        foreach (var path in paths)
        {
            // Go-to terms are objects {"term": "…", "count": 12, …}; edited lists may be plain strings.
            if (JsonDocuments.At(root, path) is JsonArray items && items.Count > 0)
            {
                return items.Select(i => i is JsonObject o ? (o["term"])?.ToString() : i?.ToString())
                    .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).Take(8).ToList();
            }
        }

        return [];
    }

    private static string? Sentences(JsonObject core)
    {
        const string root = "linguisticFingerprint.sentenceLength";
        var mean = Number(core, $"{root}.median", $"{root}.mean");
        if (mean is null)
        {
            return null;
        }

        var text = $"typically about {PlainWords.Number(mean.Value, "0")} words";
        return Number(core, $"{root}.p10") is { } low && Number(core, $"{root}.p90") is { } high
            ? $"{text}; most run between {PlainWords.Number(low, "0")} and {PlainWords.Number(high, "0")} words"
            : text;
    }

    private static string? ReadingLevel(JsonObject core)
    {
        var ease = Number(core, "linguisticFingerprint.readability.fleschReadingEase");
        var grade = Number(core, "linguisticFingerprint.readability.fleschKincaidGrade");
        var parts = new List<string>();
        if (ease is not null)
        {
            parts.Add($"{PlainWords.ReadingEase(ease.Value)} (Flesch reading ease {PlainWords.Number(ease.Value, "0")})");
        }

        if (grade is not null)
        {
            parts.Add($"about US school grade {PlainWords.Number(grade.Value, "0")}");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Tone(JsonObject core)
    {
        var parts = new List<string>();
        if (JsonDocuments.Text(core, "tonalRange.defaultTone") is { } tone)
        {
            parts.Add($"usually {tone}");
        }

        if (JsonDocuments.Texts(core, "tonalRange.permissibleTones") is { Count: > 0 } ok)
        {
            parts.Add($"can also be {PlainWords.List(ok)}");
        }

        if (JsonDocuments.Texts(core, "tonalRange.forbiddenTones") is { Count: > 0 } never)
        {
            parts.Add($"never {PlainWords.List(never)}");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Perspective(JsonObject core)
    {
        var rates = Perspectives.Select(p => (p.Words, Rate: Number(core, $"linguisticFingerprint.perspective.{p.Key}")))
            .Where(p => p.Rate is > 0).OrderByDescending(p => p.Rate).ToList();
        return rates.Count == 0 ? null : $"writes mostly {rates[0].Words}" + (rates.Count > 1 ? $", then {rates[1].Words}" : "");
    }

    private static string? Punctuation(JsonObject core)
    {
        if (JsonDocuments.At(core, "stylisticConstraints.punctuation") is not JsonObject rules)
        {
            return null;
        }

        var habits = rules.Where(r => r.Value is JsonValue v && v.TryGetValue<string>(out _))
            .Select(r => $"{FieldLabels.ForField(r.Key).ToLowerInvariant()}: {r.Value}").ToList();
        return habits.Count == 0 ? null : string.Join("; ", habits);
    }

    private static string? Joined(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(", ", items);

    private static string Quoted(IReadOnlyList<string> items) => string.Join(", ", items.Select(i => $"\"{i}\""));
}
