namespace Alwrity.Domain.Platforms.Text;

/// <summary>The links, mentions and hashtags in a text; mentions and hashtags inside a link are not counted.</summary>
internal sealed record TextEntities(
    IReadOnlyList<TextRange> Links,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<TextRange> Hashtags)
{
    /// <summary>Scans once for each kind; links include bare domains such as example.com/path.</summary>
    public static TextEntities Scan(string text)
    {
        var links = LinkScanner.Find(text, includeBareDomains: true);
        return new TextEntities(links, MentionScanner.Find(text, links), HashtagScanner.Find(text, links));
    }
}
