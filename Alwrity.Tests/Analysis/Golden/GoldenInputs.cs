using System.Text;
using Alwrity.Domain.Analysis;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis.Golden;

/// <summary>
/// Inputs whose fingerprints are pinned: every corpus document, a mixed multi-source analysis, hand-written social
/// posts and markup, seeded random Unicode and seeded "sentiment soup" built from VADER's rule words.
/// </summary>
internal static class GoldenInputs
{
    private static readonly string[] Folders = ["federalist", "inaugural", "state_union"];

    private static readonly string[] SoupWords =
    [
        "good", "bad", "great", "awful", "love", "hate", "fine", "horrible", "wonderful", "happy", "sad", "nice", "ugly",
        "the", "a", "plan", "team", "book", "day", "it", "we", "you", "is", "was", "are", "of", "to", "and", "at",
        "very", "extremely", "really", "so", "kind", "sort", "kinda", "sorta", "just", "enough", "barely", "hardly",
        "not", "never", "no", "nor", "or", "isn't", "don't", "won't", "without", "doubt", "cannot", "this", "least",
        "but", "BUT", "GOOD", "Great", "HATE", "VERY", "Love", "SUX", "sux", "lol", "LOL",
        "shit", "bomb", "ass", "bad ass", "yeah right", "kiss of death", "to die for", "bus stop", "broken heart",
        "beating heart", "the shit", "the bomb", "kind of", "sort of", "just enough", "at least", "very least",
        ":)", ":D", ":(", "<3", ":-)", ";)", "good!", "bad?", "(great)", "\"awful\"", "nice,", "don’t", "isn’t",
        "😁", "💘", "💋", "🎉", "👍🏽", "😡", "❤️", "ﬁne", "café", "naïve", "ＧＯＯＤ", "𝐠𝐨𝐨𝐝",
        "#love", "@ana", "https://good.example/bad", "3.14", "1,000", "5th", "!", "!!", "?", "??", "???", "...", "—", ";",
        "Mr.", "e.g.", "U.S.", "\n", "\n\n", "\n- ", "\n# ", "<b>", "</p>", "&amp;", "&mdash;",
    ];

    public static IEnumerable<(string Name, IReadOnlyList<SourceText> Sources)> All()
    {
        foreach (var file in CorpusFiles())
        {
            yield return (Path.GetFileName(file), [new SourceText("doc", File.ReadAllText(file))]);
        }

        yield return ("inaugural-as-sources", CorpusFiles().Where(f => f.Contains("inaugural", StringComparison.Ordinal))
            .Select(f => new SourceText(Path.GetFileName(f), File.ReadAllText(f))).ToList());
        yield return ("social-posts", [new SourceText("post", SocialPosts)]);
        yield return ("markup", [new SourceText("html", Markup)]);
        yield return ("random-unicode", [new SourceText("u", RandomUnicode(60_000, 20261123))]);
        yield return ("sentiment-soup", [new SourceText("soup", string.Join(' ', SoupSentences(3000, 42)))]);
    }

    public static IEnumerable<string> CorpusFiles() =>
        Folders.SelectMany(folder => Directory.EnumerateFiles(SharedCorpora.Folder(folder), "*.txt")).Order(StringComparer.Ordinal);

    /// <summary>Seeded sentences of 1–30 soup words, each ending in a random mark.</summary>
    public static IEnumerable<string> SoupSentences(int count, int seed)
    {
        var random = new Random(seed);
        string[] ends = [".", "!", "?", "!!!", "", "?!", " :)", " 😁"];
        for (var i = 0; i < count; i++)
        {
            var length = random.Next(1, 31);
            var builder = new StringBuilder();
            for (var w = 0; w < length; w++)
            {
                builder.Append(w == 0 ? "" : " ").Append(SoupWords[random.Next(SoupWords.Length)]);
            }

            yield return builder.Append(ends[random.Next(ends.Length)]).ToString();
        }
    }

    public static string RandomUnicode(int length, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            var codePoint = random.Next(4) == 0 ? random.Next(0x1F300, 0x1FAFF) : random.Next(0, 0x10FFFF);
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }

            if (random.Next(6) == 0)
            {
                builder.Append(random.Next(4) == 0 ? ". " : " ");
            }
        }

        return builder.ToString();
    }

    internal const string SocialPosts =
        "OMG!!! This is SO GOOD 😍😍 you guys… can't even. #blessed @mia\n"
        + "Honestly? Not bad at all. Kind of great, actually :) but the ending was the shit!\n\n"
        + "🚀 Launch day\n🎉 We did it\n👉 Read more: www.example.com/launch\n\n"
        + "I don’t know why we’re still here. It isn’t working, and nobody cares!!\n"
        + "1. First, write the hook.\n2. Then cut it in half.\n3) Ship it.\n\n"
        + "To die for. A broken heart is no joke… Yeah right. Without a doubt the best café in town 👍🏽\n"
        + "WHY IS NOBODY TALKING ABOUT THIS???\n"
        + "Mr. Smith met Dr. Jones at 3 p.m. in the U.S. capital, e.g. near the bus stop. She wasn’t impressed.\n\n"
        + "Thanks to everyone 🙏 — truly, deeply grateful. ❤️ #team #ContentMarketing\n";

    private const string Markup =
        "<html><head><style>p { color: red; }</style><script>var bad = 'awful';</script></head><body>"
        + "<h1>Big news</h1><p>We love our readers &amp; we&rsquo;re thrilled&hellip; really!</p>"
        + "<ul><li>Fast</li><li>Friendly &mdash; and free</li></ul><!-- hidden terrible comment -->"
        + "<p>Is it <b>worth</b> it? Not <i>really</i>.<br>Maybe later.</p></body></html>\n\n"
        + "## Markdown heading\n\n* **Bold** claim: the [best tool](https://example.com/x) ever.\n"
        + "> Quoted: \"I hate Mondays.\"\n\n```\ncode block\n```\n"
        + "---\nFinal line with ﬁne ligatures, ＦＵＬＬ width and 𝐛𝐨𝐥𝐝 letters.";
}
