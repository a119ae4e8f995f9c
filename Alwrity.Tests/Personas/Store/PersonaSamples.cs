using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Tests.Personas.Store;

/// <summary>Hand-made persona documents with realistic values, shaped like the generator's output.</summary>
internal static class PersonaSamples
{
    public static JsonObject Core(string name = "The Plain-Spoken Builder", double meanSentenceLength = 14.6) => JsonNode.Parse($$"""
        {
          "identity": {
            "personaName": "{{name}}",
            "archetype": "The Practical Mentor",
            "coreBelief": "Good software is mostly about removing what people don't need.",
            "brandVoiceDescription": "Direct, warm and specific. Explains with small stories from real projects and ends with one clear suggestion.",
            "source": "local",
            "basis": ["sentence metrics", "perspective", "punctuation profile"]
          },
          "linguisticFingerprint": {
            "sentenceLength": { "mean": {{meanSentenceLength.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "median": 13, "stdDev": 6.8, "p10": 6, "p90": 24 },
            "readability": { "fleschReadingEase": 64.3, "fleschKincaidGrade": 8.1, "gunningFog": 10.2 },
            "lexical": { "lexicalDiversity": 71.4, "averageWordLength": 4.5, "contractionRate": 18.2, "goToWords": ["honestly", "small", "ship"], "goToPhrases": ["in practice", "the boring part"] },
            "perspective": { "firstPersonSingular": 31.5, "firstPersonPlural": 12.0, "secondPerson": 22.4, "thirdPerson": 9.1 },
            "punctuation": { "commas": 48.1, "emDashes": 0.4, "exclamations": 0.9, "questions": 6.3, "ellipses": 0 },
            "evidence": [ { "trait": "sentenceLength", "quote": "Ship the small version first." } ]
          },
          "tonalRange": {
            "defaultTone": "candid",
            "permissibleTones": ["encouraging", "wry"],
            "forbiddenTones": ["hype", "preachy"],
            "emotionalRange": "moderate",
            "sentimentMean": 0.21,
            "sentimentSpread": 0.34,
            "formality": 52.7
          },
          "stylisticConstraints": {
            "punctuation": { "ellipses": "never", "emDash": "rarely", "exclamation": "rarely" },
            "formatting": { "paragraphs": "short", "lists": "sometimes", "emoji": "never", "hashtags": "rarely" },
            "do": ["Open with a concrete moment from a project", "Use 'you' to speak to the reader"],
            "dont": ["Announce things as 'thrilled'", "Stack hashtags at the end"]
          },
          "evidence": [
            { "trait": "sentenceLength", "claim": "Short, plain sentences", "sourceId": "s1", "sourceTitle": "Blog: Why we deleted half our features", "start": 120, "length": 29, "quote": "Ship the small version first." },
            { "trait": "perspective", "claim": "Speaks as I and to you", "sourceId": "s2", "sourceTitle": "Newsletter #14", "start": 40, "length": 58, "quote": "I learned this the slow way, so you don't have to." },
            { "trait": "tone", "claim": "Wry rather than hyped", "sourceId": "s1", "sourceTitle": "Blog: Why we deleted half our features", "start": 900, "length": 61, "quote": "Nobody has ever thanked us for a settings page." },
            { "trait": "tone", "claim": "Encouraging close", "sourceId": "s3", "sourceTitle": "Talk notes", "start": 10, "length": 33, "quote": "Try it on one screen this week." }
          ],
          "dataSufficiency": { "wordsAnalysed": 4210, "samples": 3, "sources": ["pasted", "website"], "level": "good", "missing": [] },
          "confidence": 0.78,
          "avoidWords": ["synergy", "leverage"],
          "brandValues": ["clarity", "craft"],
          "industry": "Software consulting",
          "audience": "Founders of small product teams",
          "goals": ["Win consulting leads", "Build a newsletter audience"]
        }
        """)!.AsObject();

    public static JsonObject LinkedIn(string hookStyle = "Open with a one-line lesson from a real project") => JsonNode.Parse($$"""
        {
          "platform": "linkedin",
          "rules": { "key": "linkedin", "displayName": "LinkedIn", "hardLimit": 3000, "countingRule": "characters after escaping reserved symbols",
                     "fold": { "desktop": 210, "mobile": 140 }, "hashtags": { "recommendedMin": 3, "recommendedMax": 5 },
                     "source": "LinkedIn Help", "lastChecked": "2026-01-15" },
          "adaptation": {
            "targetSentenceLength": { "min": 8, "max": 18, "writerMedian": 13 },
            "paragraphStructure": "One idea per paragraph, one to two sentences each",
            "hookStyle": "{{hookStyle}}",
            "ctaStyle": "A single question inviting readers to share their own approach",
            "hashtagStrategy": "Three specific hashtags at the end",
            "emojiPolicy": "None",
            "targetLength": { "min": 700, "max": 1300, "hardLimit": 3000 },
            "guidance": ["Keep the first 140 characters self-contained"],
            "rationale": ["Writer's median sentence is 13 words"]
          },
          "specifics": { "professionalPositioning": "Hands-on consultant for small teams" },
          "source": "local"
        }
        """)!.AsObject();

    public static JsonObject Facebook() => JsonNode.Parse("""
        {
          "platform": "facebook",
          "rules": { "key": "facebook", "displayName": "Facebook", "hardLimit": 63206, "countingRule": "characters",
                     "fold": { "desktop": 477, "mobile": 125 }, "hashtags": { "recommendedMin": 1, "recommendedMax": 2 },
                     "source": "publishing-API vendor tables", "lastChecked": "2026-01-15" },
          "adaptation": {
            "targetSentenceLength": { "min": 6, "max": 16, "writerMedian": 13 },
            "paragraphStructure": "Short paragraphs with a story arc",
            "hookStyle": "A relatable moment",
            "ctaStyle": "Ask readers to tell their story in the comments",
            "hashtagStrategy": "One or two, or none",
            "emojiPolicy": "At most one, only where it replaces words",
            "targetLength": { "min": 80, "max": 600, "hardLimit": 63206 },
            "guidance": ["Write for the community, not the algorithm"],
            "rationale": []
          },
          "specifics": { "communityBuilding": "Invite replies" },
          "source": "local"
        }
        """)!.AsObject();

    public static NewPersonaVersion Version(string userId, Guid? personaId = null, string reason = VersionReasons.Generated,
        JsonObject? core = null, double overall = 72.5) => new()
    {
        UserId = userId,
        PersonaId = personaId,
        Reason = reason,
        Summary = reason == VersionReasons.Generated ? "Generated from 3 samples" : null,
        CorePersona = core ?? Core(),
        PlatformPersonas = new Dictionary<string, JsonObject> { ["linkedin"] = LinkedIn(), ["facebook"] = Facebook() },
        Inputs = new JsonObject { ["samples"] = 3, ["words"] = 4210 },
        Metrics = new PersonaMetrics(4210, 14.6, 64.3, 52.7, 0.21, overall),
        Name = (core ?? Core())["identity"]!["personaName"]!.GetValue<string>(),
        Archetype = "The Practical Mentor",
        Analysis = new AnalysisDetails("gemini", "gemini-2.5-flash", "persona-v3", "sha256:4be1", 5120, 1830, 2048, 8400, "succeeded", null,
            [new JsonObject { ["step"] = "core", ["latencyMs"] = 5200 }], new JsonObject { ["samples"] = 3 }),
        Validation = new ValidationScores(overall, 84, 91, 76, 68, 100,
            new JsonObject { ["completeness"] = "27 of 30 fields" }, ["Add two more samples of long-form writing."]),
    };
}
