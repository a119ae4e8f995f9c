namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// The layout of the background corpora (a folder per collection with an <c>authors.tsv</c>), as pure functions
/// over a file reader, so the norms command and the tests build exactly the same document list.
/// </summary>
public static class VoiceCorpusLayout
{
    /// <summary>The collections, in the order documents are fed to the builder.</summary>
    public static IReadOnlyList<string> Collections { get; } = ["federalist", "inaugural", "state_union"];

    /// <summary>Federalist authors whose papers are labelled; disputed and joint papers are background only.</summary>
    public static IReadOnlyList<string> FederalistAuthors { get; } = ["HAMILTON", "JAY", "MADISON"];

    /// <summary>
    /// The documents of every collection, collection by collection. <paramref name="readFile"/> returns the text of
    /// a file given its collection and its name in that collection's folder (authors.tsv included).
    /// </summary>
    public static IReadOnlyList<VoiceCorpusDocument> AllDocuments(Func<string, string, string> readFile)
    {
        var documents = new List<VoiceCorpusDocument>();
        foreach (var collection in Collections)
        {
            documents.AddRange(Documents(collection, readFile(collection, "authors.tsv"), file => readFile(collection, file)));
        }

        return documents;
    }

    /// <summary>
    /// The documents of one collection, sorted by file name. <paramref name="readFile"/> returns the text of a file
    /// in the collection's folder, given its name.
    /// </summary>
    public static IReadOnlyList<VoiceCorpusDocument> Documents(string collection, string authorsTsv, Func<string, string> readFile)
    {
        var documents = new List<VoiceCorpusDocument>();
        foreach (var line in authorsTsv.Split('\n').Skip(1))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0)
            {
                continue;
            }

            var (file, author) = collection == "federalist" ? FederalistEntry(fields[0], fields[1]) : (fields[0], fields[1]);
            documents.Add(new VoiceCorpusDocument(collection, file, author, readFile(file)));
        }

        documents.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return documents;
    }

    private static (string File, string? Author) FederalistEntry(string paper, string author)
    {
        var file = $"fed_{int.Parse(paper, System.Globalization.CultureInfo.InvariantCulture):00}.txt";
        return (file, FederalistAuthors.Contains(author) ? author : null);
    }
}
