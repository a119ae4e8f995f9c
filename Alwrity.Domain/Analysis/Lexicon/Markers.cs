namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Rhetorical markers that span one to four words.</summary>
internal enum MarkerKind : byte
{
    None,
    Analogy,
    Storytelling,
    Filler,
}

/// <summary>Phrase markers for analogies/metaphors, storytelling and multi-word fillers (lower case, space separated).</summary>
internal static class Markers
{
    public static readonly (string Phrase, MarkerKind Kind)[] All =
    [
        ("like a", MarkerKind.Analogy), ("like an", MarkerKind.Analogy), ("as if", MarkerKind.Analogy),
        ("as though", MarkerKind.Analogy), ("is a kind of", MarkerKind.Analogy), ("is like", MarkerKind.Analogy),
        ("just like", MarkerKind.Analogy), ("similar to", MarkerKind.Analogy), ("akin to", MarkerKind.Analogy),
        ("think of it as", MarkerKind.Analogy), ("reminds me of", MarkerKind.Analogy), ("the equivalent of", MarkerKind.Analogy),
        ("when i", MarkerKind.Storytelling), ("when we", MarkerKind.Storytelling), ("yesterday", MarkerKind.Storytelling),
        ("once", MarkerKind.Storytelling), ("i remember", MarkerKind.Storytelling), ("i recall", MarkerKind.Storytelling),
        ("years ago", MarkerKind.Storytelling), ("last week", MarkerKind.Storytelling), ("last year", MarkerKind.Storytelling),
        ("last month", MarkerKind.Storytelling), ("one day", MarkerKind.Storytelling), ("back when", MarkerKind.Storytelling),
        ("back in", MarkerKind.Storytelling), ("the day i", MarkerKind.Storytelling),
        ("kind of", MarkerKind.Filler), ("sort of", MarkerKind.Filler), ("you know", MarkerKind.Filler),
        ("i mean", MarkerKind.Filler),
    ];
}
