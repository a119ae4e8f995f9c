using System.Text;
using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// A Markdown voice guide a person could hand to a copywriter: who is writing, how they write (measured,
/// in plain words), what to do and avoid, how it changes per platform, and examples in their own words.
/// Reads the persona defensively: anything missing is left out rather than guessed.
/// </summary>
internal static class VoiceGuide
{
    public static string Write(PersonaDocument persona)
    {
        var md = new StringBuilder();
        var core = persona.CorePersona;
        md.AppendLine($"# {persona.Name} — voice guide").AppendLine();
        md.AppendLine($"*Version {persona.Version}, updated {persona.UpdatedUtc:yyyy-MM-dd}.{Basis(core)}*").AppendLine();
        VoiceGuideSections.Identity(md, core);
        VoiceGuideSections.HowTheyWrite(md, core);
        VoiceGuideSections.DoAndDont(md, core);
        foreach (var (platform, document) in persona.PlatformPersonas)
        {
            VoiceGuidePlatforms.Platform(md, platform, document);
        }

        VoiceGuidePlatforms.Quotes(md, persona.Evidence);
        md.AppendLine("---").AppendLine("*Written by Alwrity from the writer's own samples. The numbers are measured from that text, not guessed.*");
        return md.ToString();
    }

    private static string Basis(JsonObject core)
    {
        var words = JsonDocuments.Number(core, "dataSufficiency.wordsAnalysed");
        var samples = JsonDocuments.Number(core, "dataSufficiency.samples");
        if (words is null)
        {
            return "";
        }

        var text = $" Based on {PlainWords.Count(words.Value)} words of their writing";
        return text + (samples is null ? "." : $" from {PlainWords.Count(samples.Value)} sample{(samples == 1 ? "" : "s")}.");
    }
}
