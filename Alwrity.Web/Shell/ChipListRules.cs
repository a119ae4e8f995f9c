using System.Text.RegularExpressions;

namespace Alwrity.Web.Shell;

/// <summary>
/// What may be added to a list of words or phrases (tones, brand values, words to avoid, rules): trimmed, non-empty,
/// not already there (ignoring case), not too long, within the size limit. Shared by every chip editor.
/// </summary>
public static partial class ChipListRules
{
    /// <summary>
    /// Adds the comma-separated entries of <paramref name="entry"/> to <paramref name="items"/> and returns null, or
    /// returns the reason nothing was added (the list is left as it was).
    /// </summary>
    public static string? Add(List<string> items, string? entry, int maxItems, int maxLength = 120)
    {
        var parts = (entry ?? "").Split([',', ';']).Select(Clean).ToList();
        if (parts.All(p => p.Length == 0))
        {
            return "Type a word or phrase first.";
        }

        if (parts.FirstOrDefault(p => p.Length > maxLength) is { } tooLong)
        {
            return $"Keep each entry under {maxLength} characters (“{tooLong[..Math.Min(20, tooLong.Length)]}…” has {tooLong.Length}).";
        }

        var fresh = new List<string>();
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            if (items.Concat(fresh).Any(i => string.Equals(i, part, StringComparison.OrdinalIgnoreCase)))
            {
                return $"“{part}” is already in the list.";
            }

            fresh.Add(part);
        }

        if (items.Count + fresh.Count > maxItems)
        {
            return $"A list holds at most {maxItems} entries; remove one first.";
        }

        items.AddRange(fresh);
        return null;
    }

    private static string Clean(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
