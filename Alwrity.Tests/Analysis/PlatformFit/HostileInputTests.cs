using System.Diagnostics;
using System.Text;
using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class HostileInputTests
{
    private readonly PlatformFitChecker _checker = new();

    public static TheoryData<string> Platforms()
    {
        var data = new TheoryData<string>();
        foreach (var key in PlatformRulesCatalog.Default.Keys)
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Hostile_input_never_throws_on_any_platform(string platform)
    {
        foreach (var text in HostileTexts())
        {
            var report = _checker.Check(platform, text);
            Assert.True(report.Length >= 0);
            Assert.True(report.FoldText.Length <= text.Length);
            Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
            Assert.All(report.Findings, f => Assert.True(f.Span is null || (f.Span.Start >= 0 && f.Span.Start + f.Span.Length <= text.Length)));
        }
    }

    [Theory]
    [InlineData("linkedin")]
    [InlineData("x")]
    [InlineData("mastodon")]
    public void A_five_megabyte_draft_is_checked_quickly(string platform)
    {
        var text = FiveMegabytes();
        var stopwatch = Stopwatch.StartNew();
        var report = _checker.Check(platform, text);
        stopwatch.Stop();

        Assert.False(report.WithinLimit);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.OverLimit);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"Took {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [InlineData("#a #b #c #d x ")]
    [InlineData("\U0001F680 ")]
    [InlineData("@a.b@c.d ")]
    [InlineData("http://a.bc/(x) ")]
    [InlineData("it's not just -- ")]
    [InlineData("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p ")]
    public void Pathological_repetitions_stay_linear(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, 2 * 1024 * 1024 / unit.Length).ToString();
        var stopwatch = Stopwatch.StartNew();
        foreach (var platform in new[] { "linkedin", "x", "mastodon", "instagram" })
        {
            _checker.Check(platform, text);
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"Took {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static string FiveMegabytes()
    {
        const string chunk = "Thrilled to announce \u2014 it's not just a tool, it's a mindset! #ai #growth @team https://example.com/x?y=(z) \U0001F680\U0001F525 caf\u00E9 日本 ";
        var builder = new StringBuilder(5 * 1024 * 1024 + chunk.Length);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(chunk);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> HostileTexts()
    {
        var random = new Random(20261123);
        yield return string.Empty;
        yield return "   \t\r\n  ";
        yield return "\uD83D";
        yield return "\uDC00abc\uD800";
        yield return "a\uD83D\uD83Db\uDE00\uDE00";
        yield return new string('#', 5000);
        yield return new string('@', 5000) + new string('.', 5000);
        yield return string.Concat(Enumerable.Repeat("http://", 2000));
        yield return string.Concat(Enumerable.Repeat("a.", 5000)) + "com/";
        yield return string.Concat(Enumerable.Repeat("\u200D\uFE0F\u20E3", 3000));
        yield return string.Concat(Enumerable.Repeat("not just ", 3000)) + "\u2014 it's";
        yield return new string('\n', 3000) + "?";
        yield return new string((char)0, 100);
        yield return RandomChars(random, 20000, 0, 0xFFFF);
        yield return RandomChars(random, 20000, 0, 0xFF);
        yield return Encoding.Latin1.GetString(RandomBytes(random, 20000));
        yield return Encoding.UTF8.GetString(RandomBytes(random, 20000));
    }

    private static string RandomChars(Random random, int length, int min, int max)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(min, max + 1);
        }

        return new string(chars);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
