using System.Text;
using System.Text.Json.Nodes;
using static Alwrity.Domain.Personas.Store.VoiceGuideSections;

namespace Alwrity.Domain.Personas.Store;

/// <summary>The per-platform sections of the voice guide and the closing examples.</summary>
internal static class VoiceGuidePlatforms
{
    public static void Platform(StringBuilder md, string key, JsonObject platform)
    {
        var name = new FieldLabels(new Dictionary<string, JsonObject> { [key] = platform }).PlatformName(key);
        md.AppendLine($"## On {name}").AppendLine();
        Line(md, "Limit", Limit(platform));
        Line(md, "Before \"see more\"", Fold(platform));
        Line(md, "Length", Band(platform, "adaptation.targetLength", "characters"));
        Line(md, "Sentences", Band(platform, "adaptation.targetSentenceLength", "words"));
        Line(md, "Opening hook", JsonDocuments.Text(platform, "adaptation.hookStyle"));
        Line(md, "Paragraphs", JsonDocuments.Text(platform, "adaptation.paragraphStructure"));
        Line(md, "Call to action", JsonDocuments.Text(platform, "adaptation.ctaStyle"));
        Line(md, "Hashtags", Hashtags(platform));
        Line(md, "Emoji", JsonDocuments.Text(platform, "adaptation.emojiPolicy"));
        var guidance = JsonDocuments.Texts(platform, "adaptation.guidance");
        if (guidance.Count > 0)
        {
            md.AppendLine().AppendLine(string.Join('\n', guidance.Select(g => $"- {g}")));
        }

        md.AppendLine();
    }

    public static void Quotes(StringBuilder md, JsonArray evidence)
    {
        var quotes = evidence.OfType<JsonObject>()
            .Select(e => (Quote: JsonDocuments.Text(e, "quote"), Trait: JsonDocuments.Text(e, "trait"), Title: JsonDocuments.Text(e, "sourceTitle")))
            .Where(e => e.Quote is not null)
            .DistinctBy(e => e.Trait ?? e.Quote)
            .Take(3).ToList();
        if (quotes.Count == 0)
        {
            return;
        }

        md.AppendLine("## In their own words").AppendLine();
        foreach (var (quote, trait, title) in quotes)
        {
            md.AppendLine($"> {quote}").AppendLine(">");
            var credit = string.Join(", ", new[] { title, trait is null ? null : $"shows: {FieldLabels.ForField(trait).ToLowerInvariant()}" }.Where(s => s is not null));
            md.AppendLine(credit.Length == 0 ? ">" : $"> — {credit}").AppendLine();
        }
    }

    private static string? Limit(JsonObject platform)
    {
        if (Number(platform, "rules.hardLimit") is not { } limit)
        {
            return null;
        }

        var text = $"{PlainWords.Count(limit)} characters";
        if (JsonDocuments.Text(platform, "rules.countingRule") is { } rule)
        {
            text += $" ({rule})";
        }

        var source = JsonDocuments.Text(platform, "rules.source");
        var checkedOn = JsonDocuments.Text(platform, "rules.lastChecked");
        return source is null && checkedOn is null ? text
            : $"{text}. Source: {source ?? "not recorded"}{(checkedOn is null ? "" : $", checked {checkedOn}")}";
    }

    private static string? Fold(JsonObject platform)
    {
        var desktop = Number(platform, "rules.fold.desktop");
        var mobile = Number(platform, "rules.fold.mobile");
        var parts = new[] { mobile is null ? null : $"about {PlainWords.Count(mobile.Value)} characters on mobile",
            desktop is null ? null : $"{PlainWords.Count(desktop.Value)} on desktop" }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts) + " — put the point there";
    }

    private static string? Band(JsonObject platform, string path, string unit)
    {
        var min = Number(platform, $"{path}.min");
        var max = Number(platform, $"{path}.max");
        if (min is null || max is null)
        {
            return null;
        }

        var text = $"aim for {PlainWords.Count(min.Value)}–{PlainWords.Count(max.Value)} {unit}";
        return Number(platform, $"{path}.writerMedian") is { } usual ? $"{text} (they usually write {PlainWords.Number(usual, "0")})" : text;
    }

    private static string? Hashtags(JsonObject platform)
    {
        var strategy = JsonDocuments.Text(platform, "adaptation.hashtagStrategy");
        var min = Number(platform, "rules.hashtags.recommendedMin");
        var max = Number(platform, "rules.hashtags.recommendedMax");
        var count = min is null || max is null ? null : $"{PlainWords.Count(min.Value)}–{PlainWords.Count(max.Value)} per post";
        return strategy is null ? count : count is null ? strategy : $"{strategy} ({count})";
    }
}
