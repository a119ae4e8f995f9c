using System.Text.Json;
using Microsoft.Playwright;

namespace Alwrity.Tests.TestSupport;

/// <summary>
/// Runs axe-core (installed by <c>.ci/run</c> into tools/a11y with npm) inside a page and returns the WCAG 2 A/AA
/// violations of serious or critical impact, each as "rule: help (n elements: first selector)".
/// </summary>
public static class Axe
{
    public static string? ScriptPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "a11y", "node_modules", "axe-core", "axe.min.js");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = ScriptPath ?? throw new InvalidOperationException("axe-core is missing: run `npm ci --prefix tools/a11y`.") });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id}: ${v.help} (${v.nodes.length} elements: ${v.nodes[0].target.join(' ')} ${v.nodes[0].failureSummary.replace(/\s+/g, ' ')})`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}

/// <summary>A real-browser accessibility test: skipped locally without Chromium or axe-core, always run under .ci/run.</summary>
public sealed class AccessibilityFactAttribute : FactAttribute
{
    public AccessibilityFactAttribute()
    {
        if ((BrowserFixture.ChromiumPath is null || Axe.ScriptPath is null) && Environment.GetEnvironmentVariable("ALWRITY_REQUIRE_BROWSER") != "1")
        {
            Skip = "Needs Debian's chromium and axe-core (npm ci --prefix tools/a11y); `bash .ci/run` installs both.";
        }
    }
}
