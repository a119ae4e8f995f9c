namespace Alwrity.Web.Personas.Traits;

/// <summary>A quoted sentence with the text around it in its source, cut at word boundaries.</summary>
public sealed record EvidenceExcerpt(string Before, string Quote, string After);

/// <summary>One run of a quote: plain text, or one of the terms the evidence is about.</summary>
public readonly record struct QuoteRun(string Text, bool IsTerm);

/// <summary>Finds a piece of evidence in its source text and marks the terms it is about.</summary>
public static class EvidenceContext
{
    /// <summary>
    /// The quote with up to <paramref name="radius"/> characters of context each side, when the offsets still point at
    /// the quote in <paramref name="source"/>; otherwise the quote alone.
    /// </summary>
    public static EvidenceExcerpt Around(string? source, int start, int length, string quote, int radius = 160)
    {
        if (source is null || start < 0 || length <= 0 || start + length > source.Length
            || !source.AsSpan(start, length).SequenceEqual(quote.AsSpan()))
        {
            return new EvidenceExcerpt("", quote, "");
        }

        var before = source[Math.Max(0, start - radius)..start];
        var after = source[(start + length)..Math.Min(source.Length, start + length + radius)];
        return new EvidenceExcerpt(TrimStart(before, start > radius), quote, TrimEnd(after, start + length + radius < source.Length));
    }

    /// <summary>Splits <paramref name="quote"/> into runs, marking whole-word, case-insensitive matches of <paramref name="terms"/>.</summary>
    public static IReadOnlyList<QuoteRun> Mark(string quote, IReadOnlyList<string> terms)
    {
        var runs = new List<QuoteRun>();
        var position = 0;
        while (position < quote.Length && Next(quote, position, terms) is var (at, length) && at >= 0)
        {
            if (at > position)
            {
                runs.Add(new QuoteRun(quote[position..at], false));
            }

            runs.Add(new QuoteRun(quote.Substring(at, length), true));
            position = at + length;
        }

        if (position < quote.Length)
        {
            runs.Add(new QuoteRun(quote[position..], false));
        }

        return runs;
    }

    private static (int At, int Length) Next(string quote, int from, IReadOnlyList<string> terms)
    {
        var best = (At: -1, Length: 0);
        foreach (var term in terms.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var at = from;
            while ((at = quote.IndexOf(term, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                if (IsWordEdge(quote, at - 1) && IsWordEdge(quote, at + term.Length))
                {
                    if (best.At < 0 || at < best.At || (at == best.At && term.Length > best.Length))
                    {
                        best = (at, term.Length);
                    }

                    break;
                }

                at++;
            }
        }

        return best;
    }

    private static bool IsWordEdge(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static string TrimStart(string before, bool cut)
    {
        var paragraph = before.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (paragraph >= 0)
        {
            return before[(paragraph + 2)..].TrimStart();
        }

        if (!cut)
        {
            return before.TrimStart();
        }

        var space = before.IndexOf(' ');
        return "…" + (space >= 0 ? before[(space + 1)..] : before);
    }

    private static string TrimEnd(string after, bool cut)
    {
        var paragraph = after.IndexOf("\n\n", StringComparison.Ordinal);
        if (paragraph >= 0)
        {
            return after[..paragraph].TrimEnd();
        }

        if (!cut)
        {
            return after.TrimEnd();
        }

        var space = after.LastIndexOf(' ');
        return (space >= 0 ? after[..space] : after) + "…";
    }
}
