using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Alwrity.Domain.Ai.Prompts;

/// <summary>A versioned prompt template loaded from a <c>*.prompt.md</c> file; {{name}} marks a placeholder.</summary>
public sealed partial record Prompt(string Name, int Version, string Text)
{
    /// <summary>"name@version", recorded as <see cref="ModelRequest.PromptVersion"/>.</summary>
    public string Id => $"{Name}@{Version}";

    /// <summary>First 16 hex digits of the SHA-256 of the template, to tell edited prompts apart in the audit trail.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..16];

    /// <summary>The placeholder names the template uses, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders =>
        PlaceholderPattern().Matches(Text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Fills every placeholder in one pass (values are not re-scanned, so text inside a value stays literal).
    /// Throws when a placeholder has no value, so a prompt is never sent half-filled.
    /// Wrap user-written values with <see cref="PromptData.Delimit"/> before passing them.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var missing = Placeholders.Where(p => !values.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Prompt {Id} needs values for: {string.Join(", ", missing)}.", nameof(values));
        }

        return PlaceholderPattern().Replace(Text, m => values[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
