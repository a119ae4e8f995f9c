using System.Security.Cryptography;
using System.Text;
using Alwrity.Domain.Onboarding.Text;

namespace Alwrity.Domain.Onboarding;

/// <summary>
/// A piece of the user's own writing after collection, with provenance so evidence can cite it.
/// <paramref name="Id"/> is derived from kind, source and text, so the same input collected twice has the same id.
/// </summary>
/// <param name="Kind">pasted, file or web (see <see cref="CollectedKinds"/>).</param>
/// <param name="Source">File name or page URL; null for pasted text.</param>
public sealed record CollectedText(string Id, string Kind, string Title, string? Source, string Text, int WordCount)
{
    /// <summary>Builds a collected text with its id and word count.</summary>
    public static CollectedText Create(string kind, string title, string? source, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{source}\n{text}"));
        var id = $"{kind}-{Convert.ToHexStringLower(hash)[..12]}";
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? kind : title.Trim();
        return new CollectedText(id, kind, cleanTitle.Length > 300 ? cleanTitle[..300] : cleanTitle, source, text, Words.Count(text));
    }
}

/// <summary>Values of <see cref="CollectedText.Kind"/> (and <c>WritingSample.Kind</c>).</summary>
public static class CollectedKinds
{
    public const string Pasted = "pasted";
    public const string File = "file";
    public const string Web = "web";
}
