using System.Collections.Frozen;

namespace Alwrity.Domain.Platforms.Text;

/// <summary>
/// Finds links in one linear pass, close to how twitter-text (and so X and Mastodon) recognise them:
/// http(s):// URLs, and bare domains such as example.com/path whose top-level domain is known. A bare domain with
/// a two-letter country code and a single label before it (node.js, end.It) is a link only when a path follows,
/// as twitter-text does. Approximations: a curated list of generic TLDs, any two letters as a country code,
/// and paths end at whitespace or at the first character from U+2000 up (CJK, emoji, typographic quotes).
/// </summary>
internal static class LinkScanner
{
    private const int MaxLabelLength = 63;

    private static readonly FrozenSet<string> GenericTlds = new[]
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "app", "dev", "blog", "shop",
        "store", "online", "site", "tech", "xyz", "news", "social", "page", "cloud", "design", "media", "art", "club",
        "live", "life", "world", "today", "space", "website", "agency", "company", "email", "network", "studio",
        "systems", "solutions", "digital", "global", "group", "academy", "wiki", "link", "museum", "aero", "coop",
        "travel", "jobs", "mobi", "asia", "tel", "post", "cat", "guru", "consulting", "marketing", "software", "ventures",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Links in order of position; bare domains only when <paramref name="includeBareDomains"/>.</summary>
    public static List<TextRange> Find(string text, bool includeBareDomains)
    {
        var links = new List<TextRange>();
        var i = 0;
        while (i < text.Length)
        {
            if (TryProtocolUrl(text, i, out var end))
            {
                links.Add(new TextRange(i, end - i));
                i = end;
            }
            else if (includeBareDomains && char.IsAsciiLetterOrDigit(text[i]) && IsBareDomainBoundary(text, i))
            {
                var runEnd = DomainRunEnd(text, i);
                if (TryBareDomain(text, i, runEnd, out end))
                {
                    links.Add(new TextRange(i, end - i));
                    i = end;
                }
                else
                {
                    i = runEnd;
                }
            }
            else
            {
                i++;
            }
        }

        return links;
    }

    private static bool TryProtocolUrl(string text, int start, out int end)
    {
        end = start;
        var span = text.AsSpan(start);
        var schemeLength = span.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        if (schemeLength == 0 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        var hostStart = start + schemeLength;
        var hostEnd = hostStart;
        while (hostEnd < text.Length && (char.IsLetterOrDigit(text[hostEnd]) || text[hostEnd] is '.' or '-' or '_'))
        {
            hostEnd++;
        }

        hostEnd = TrimTrailing(text, hostStart, hostEnd, ".-");
        var host = text.AsSpan(hostStart, hostEnd - hostStart);
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.Length - 1 || host.Contains("..", StringComparison.Ordinal) || !HasValidLabels(host))
        {
            return false;
        }

        end = PathEnd(text, PortEnd(text, hostEnd));
        return true;
    }

    private static bool TryBareDomain(string text, int start, int runEnd, out int end)
    {
        end = start;
        var domainEnd = TrimTrailing(text, start, runEnd, ".-");
        if (domainEnd < text.Length && (UnicodeText.IsWordChar(text[domainEnd]) || text[domainEnd] == '@'))
        {
            return false;
        }

        var domain = text.AsSpan(start, domainEnd - start);
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..", StringComparison.Ordinal) || domain[0] == '-' || !HasValidLabels(domain))
        {
            return false;
        }

        var tld = domain[(lastDot + 1)..];
        var hasPath = domainEnd < text.Length && text[domainEnd] == '/';
        if (!IsKnownTld(tld, domain, hasPath))
        {
            return false;
        }

        end = hasPath ? PathEnd(text, domainEnd) : domainEnd;
        return true;
    }

    /// <summary>A host name's labels have at most 63 characters (RFC 1035); X does not link a longer one either.</summary>
    private static bool HasValidLabels(ReadOnlySpan<char> host)
    {
        foreach (var range in host.Split('.'))
        {
            if (range.End.Value - range.Start.Value > MaxLabelLength)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsKnownTld(ReadOnlySpan<char> tld, ReadOnlySpan<char> domain, bool hasPath)
    {
        foreach (var c in tld)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        if (GenericTlds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld))
        {
            return true;
        }

        var singleLabel = domain.IndexOf('.') == domain.LastIndexOf('.');
        return tld.Length == 2 && (hasPath || !singleLabel || domain.Equals("t.co", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBareDomainBoundary(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = text[i - 1];
        return !char.IsLetterOrDigit(before) && before is not ('@' or '.' or '-' or '_' or '/' or '$' or '#' or '&' or '＠' or '＃');
    }

    private static int DomainRunEnd(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-'))
        {
            i++;
        }

        return i;
    }

    private static int PortEnd(string text, int i)
    {
        if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static int PathEnd(string text, int i)
    {
        if (i >= text.Length || text[i] is not ('/' or '?' or '#'))
        {
            return i;
        }

        var start = i;
        var open = 0;
        var close = 0;
        while (i < text.Length && IsPathChar(text[i]))
        {
            open += text[i] == '(' ? 1 : 0;
            close += text[i] == ')' ? 1 : 0;
            i++;
        }

        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or ')' or ']' or '}' or '*')
        {
            if (text[i - 1] == ')' && open >= close)
            {
                break;
            }

            close -= text[i - 1] == ')' ? 1 : 0;
            i--;
        }

        return i;
    }

    private static bool IsPathChar(char c) =>
        c < '\u2000' && !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('<' or '>' or '"' or '`');

    private static int TrimTrailing(string text, int start, int end, string chars)
    {
        while (end > start && chars.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }
}
