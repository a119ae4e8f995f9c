namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Chunk classification: links, e-mail addresses, mentions, hashtags and sentence ends.</summary>
internal sealed partial class StyleScanner
{
    private const string Openers = "([{\"'\u201C\u2018\u00AB";
    private const string Closers = ")]}\"'\u201D\u2019\u00BB*_";

    private static readonly string[] Abbreviations = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "e.g", "i.e", "no"];

    private void ScanChunk(ReadOnlySpan<char> chunk)
    {
        var lead = 0;
        while (lead < chunk.Length && Openers.Contains(chunk[lead]))
        {
            lead++;
        }

        if (lead > 0)
        {
            ScanPlain(chunk[..lead], 0);
        }

        var rest = chunk[lead..];
        if (IsLink(rest))
        {
            Count(PunctuationFeature.Url);
        }
        else if (rest.Length > 1 && rest[0] is '@' or '#' && CharKinds.IsWordChar(rest[1]))
        {
            Count(rest[0] == '@' ? PunctuationFeature.Mention : PunctuationFeature.Hashtag);
            var end = 1;
            while (end < rest.Length && (CharKinds.IsWordChar(rest[end]) || rest[end] == '_'))
            {
                end++;
            }

            ScanPlain(rest, end);
        }
        else if (!IsEmailAddress(rest))
        {
            ScanPlain(rest, 0);
        }

        if (EndsSentence(rest))
        {
            CloseSentence();
        }
    }

    private static bool IsLink(ReadOnlySpan<char> chunk) =>
        chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 6);

    private static bool IsEmailAddress(ReadOnlySpan<char> chunk)
    {
        var at = chunk.IndexOf('@');
        return at > 0 && at < chunk.Length - 3 && CharKinds.IsWordChar(chunk[at - 1])
            && chunk[(at + 1)..].Contains('.');
    }

    private static bool EndsSentence(ReadOnlySpan<char> chunk)
    {
        var end = chunk.Length;
        while (end > 0 && Closers.Contains(chunk[end - 1]))
        {
            end--;
        }

        if (end == 0 || chunk[end - 1] is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        if (chunk[end - 1] != '.' || (end >= 2 && chunk[end - 2] == '.'))
        {
            return true;
        }

        var body = chunk[..(end - 1)].TrimStart(Openers);
        if (body.Length == 1 && char.IsLetter(body[0]))
        {
            return false; // an initial, as in "J. Smith"
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (body.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
