using System.Text;
using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis.PlatformFit;

/// <summary>False-positive survey on human writing from before AI models: presidential speeches cut into post-sized chunks.</summary>
public class AiTellCorpusTests
{
    [Fact]
    public void Speeches_written_before_ai_models_rarely_trigger_ai_phrase_warnings()
    {
        var checker = new PlatformFitChecker();
        var chunks = new[] { "state_union", "inaugural" }
            .SelectMany(name => Directory.GetFiles(SharedCorpora.Folder(name), "*.txt"))
            .SelectMany(file => PostSizedChunks(File.ReadAllText(file)))
            .ToList();

        var flagged = chunks.Count(chunk => checker.Check("linkedin", chunk).Findings.Any(f =>
            f.Code == FindingCodes.AiTellPhrase && f.Severity >= FindingSeverity.Warning));

        Assert.True(chunks.Count > 500, $"Only {chunks.Count} chunks: the corpora look incomplete.");
        var share = (double)flagged / chunks.Count;
        Assert.True(share < 0.05, $"{flagged} of {chunks.Count} human-written chunks ({share:P1}) were flagged with AI phrases.");
    }

    [Fact]
    public void A_templated_ai_style_post_triggers_several_tells()
    {
        const string post =
            "I\u2019m thrilled to announce that I\u2019ve joined Acme! \U0001F680\U0001F525\U0001F4AA\U0001F389\n\n" +
            "In today\u2019s fast-paced world, it\u2019s not just about working hard \u2014 it\u2019s about working smart.\n\n" +
            "Here\u2019s the thing: this role is a game-changer \u2014 and I can\u2019t wait to delve in.\n\n" +
            "Grateful for every step \u2014 onward.\n\n" +
            "Agree?\n\n#career #growth #leadership #mindset #success #newjob";

        var report = new PlatformFitChecker().Check("linkedin", post);

        var tells = report.Findings.Select(f => f.TellId ?? f.Code).ToHashSet();
        string[] expected =
        [
            "thrilled-to-announce", "fast-paced-world", "heres-the-thing", "game-changer", "delve",
            FindingCodes.EmojiWall, FindingCodes.EngagementBaitQuestion, FindingCodes.HashtagBlock,
            FindingCodes.TooManyHashtags, FindingCodes.EmDashHeavy,
        ];
        Assert.Empty(expected.Except(tells));
        Assert.True(tells.Contains("its-not-x-its-y") || tells.Contains("not-just-dash"));
    }

    private static IEnumerable<string> PostSizedChunks(string text)
    {
        var current = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (current.Length > 0 && current.Length + paragraph.Length > 1200)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
