namespace Alwrity.Tests.Analysis.Api;

/// <summary>Kinds of text users paste that are not tidy prose, each built to be long enough to matter.</summary>
internal static class OddTextSamples
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["chat log"] = Repeat(
            "[09:14] maya: ok so r we doing the launch tmrw??\n[09:14] dev: yep 👍 10am\n[09:15] maya: lol k\n" +
            "[09:15] maya: wait... who's got the deck\n[09:16] dev: me!!! sending now\n<image omitted>\n", 40),
        ["song lyrics"] = Repeat(
            "Oh oh oh\nWe're running down the highway\nNo lights no sound\nOh oh oh\nWe're running down the highway\n" +
            "And I don't wanna come down\n\n(Chorus x2)\nLa la la la la\n\n", 25),
        ["ascii art"] = Repeat(
            "  /\\_/\\  \n ( o.o ) \n  > ^ <\n+--------+--------+\n|  cell  |  cell  |\n+========+========+\n" +
            "~~~~~~~~~~~~~~~~~~~~\n ___________________\n|___|___|___|___|___|\n(╯°□°)╯︵ ┻━┻\n", 30),
        ["source code"] = Repeat(
            "public static int Add(int a, int b) { return a + b; } // TODO: overflow?\n" +
            "if (x.Length > 0 && y?.Count == 3) { Console.WriteLine($\"{x}...{y}\"); }\n" +
            "def f(xs): return [x**2 for x in xs if x % 2 == 0]  # e.g. squares\n", 30),
        ["emoji wall"] = Repeat("🔥🔥🔥 👩‍👩‍👧‍👦 👍🏽👍🏿 🇬🇧🇺🇸 1️⃣2️⃣ ❤️‍🔥 🧑🏻‍💻 so good!!! 🎉🎉 ", 120),
        ["mixed scripts"] = Repeat(
            "مرحبا بالعالم. 你好，世界。 नमस्ते दुनिया। Привет, мир! Γειά σου Κόσμε. שלום עולם. こんにちは世界。 " +
            "We launched in 12 countries today. ", 40),
        ["zalgo and combining marks"] = Repeat("Ţ̶̢̛h̷̡̛͖e̴̢̛ ̵̧̛n̶̨̛e̸̢̛w̷̧̛ ̴̨̛p̵̢̛r̶̡̛ơ̸̢d̵̨̛ư̴̡c̷̢̛t̶̨̛ is here. ", 150),
        ["markdown table and lists"] = Repeat(
            "| Plan | Price | Seats |\n|---|---:|:---:|\n| Pro | $49.99 | 5 |\n| Team | $199 | 25 |\n\n" +
            "1. Sign up\n2. Invite the team\n   - e.g. marketing, sales\n   * and ops\n> Quote: **bold** _move_.\n\n", 30),
        ["html email"] = Repeat(
            "<html><head><style>td{color:#333}</style></head><body><table width=\"100%\"><tr><td>" +
            "<p style=\"margin:0\">Hi &amp; welcome,<br>Your order&nbsp;#4412 has shipped&hellip;</p>" +
            "<a href=\"https://shop.example.com/track?id=4412&amp;utm=mail\">Track it</a></td></tr></table>" +
            "<!-- footer --><script>var x = '<p>';</script></body></html>\n", 30),
        ["numbers only"] = Repeat("3.14159 2,718 1e10 -42 100% $5.00 12:30 2026-12-01 +1 (555) 010-9999\n", 60),
        ["shouting and punctuation runs"] = Repeat("WHY IS NOBODY TALKING ABOUT THIS?!?!?! ...... !!!! ??? —— –– \"\"\" ''' ;;;;; ", 80),
        ["invisible characters"] = Repeat("word\u200Bword\u00A0and\u2060joined\uFEFF text\u200E\u200F here\u00AD ok.\t\u3000", 100),
        ["one giant token"] = new string('x', 12_000) + " " + Repeat("https://example.com/" + new string('a', 3000) + " ", 3),
        ["thread numbering"] = Repeat(
            "1/ Here's what we learned shipping 40 features in 40 days 🧵\n\n2/ Speed > polish. Mostly.\n\n" +
            "3/ @maya_dev said it best: \"ship it, then fix it\" #buildinpublic #startups\n\n4/ 🔗 example.com/blog\n\n", 30),
        ["control characters"] = Repeat("line\u0001one\u0007bell\u001B[31mred\u001B[0m\r\nback\bspace\u0000nul.\f\v", 100),
    };

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
