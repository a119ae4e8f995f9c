using System.Text;
using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>Readable names for persona fields ("identity.personaName" → "Persona name").</summary>
internal sealed class FieldLabels(params IReadOnlyDictionary<string, JsonObject>[] platformSets)
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["identity.personaName"] = "Persona name",
        ["identity.archetype"] = "Archetype",
        ["identity.coreBelief"] = "Core belief",
        ["identity.brandVoiceDescription"] = "Brand voice",
        ["identity.source"] = "How the persona was written",
        ["identity.basis"] = "What the persona is based on",
        ["tonalRange.defaultTone"] = "Default tone",
        ["tonalRange.permissibleTones"] = "Permissible tones",
        ["tonalRange.forbiddenTones"] = "Forbidden tones",
        ["tonalRange.emotionalRange"] = "Emotional range",
        ["tonalRange.sentimentMean"] = "Average sentiment",
        ["tonalRange.sentimentSpread"] = "Sentiment spread",
        ["tonalRange.formality"] = "Formality",
        ["stylisticConstraints.do"] = "Do",
        ["stylisticConstraints.dont"] = "Don't",
        ["avoidWords"] = "Words to avoid",
        ["brandValues"] = "Brand values",
        ["dataSufficiency.wordsAnalysed"] = "Words analysed",
        ["dataSufficiency.samples"] = "Samples analysed",
        ["dataSufficiency.level"] = "Data sufficiency",
        ["dataSufficiency.missing"] = "What is missing",
        ["adaptation.paragraphStructure"] = "Paragraph structure",
        ["adaptation.hookStyle"] = "Hook style",
        ["adaptation.ctaStyle"] = "Call-to-action style",
        ["adaptation.hashtagStrategy"] = "Hashtag strategy",
        ["adaptation.emojiPolicy"] = "Emoji policy",
        ["adaptation.guidance"] = "Guidance",
        ["rules.hardLimit"] = "Character limit",
    };

    private static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "identity", "linguisticFingerprint", "tonalRange", "stylisticConstraints", "adaptation", "specifics", "rules",
    };

    /// <summary>The label of a path as the diff writes it ("corePersona.…" or "platformPersonas.{p}.…").</summary>
    public string For(string path)
    {
        var segments = path.Split('.');
        if (segments[0] == JsonFlattener.PlatformsPrefix && segments.Length > 2)
        {
            return $"{PlatformName(segments[1])} · {ForField(string.Join('.', segments[2..]))}";
        }

        return ForField(segments[0] == JsonFlattener.CorePrefix ? string.Join('.', segments[1..]) : path);
    }

    /// <summary>The label of a path inside one document ("identity.personaName").</summary>
    public static string ForField(string field)
    {
        if (Known.TryGetValue(field, out var label))
        {
            return label;
        }

        var segments = field.Split('.').ToList();
        if (segments.Count > 1 && Groups.Contains(segments[0]))
        {
            segments.RemoveAt(0);
        }

        var words = segments.Select(Words).ToList();
        return Capitalise(string.Join(": ", words));
    }

    public string PlatformName(string key)
    {
        foreach (var set in platformSets)
        {
            if (set.TryGetValue(key, out var document) && JsonDocuments.Text(document, "rules.displayName") is { } name)
            {
                return name;
            }
        }

        return key switch
        {
            "linkedin" => "LinkedIn",
            "x" or "twitter" => "X",
            _ => Capitalise(key),
        };
    }

    private static string Words(string camel)
    {
        var text = new StringBuilder();
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
