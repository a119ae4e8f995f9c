using Alwrity.Domain.Analysis.Norms;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis;

public class BackgroundNormsTests
{
    [Fact]
    public void Rebuilding_the_norms_from_the_corpora_gives_the_committed_file_byte_for_byte()
    {
        var documents = new[] { "federalist", "inaugural", "state_union" }
            .SelectMany(folder => Directory.EnumerateFiles(SharedCorpora.Folder(folder), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);

        var rebuilt = System.Text.Encoding.UTF8.GetBytes(BackgroundNormsBuilder.Build(documents));

        using var stream = typeof(BackgroundNorms).Assembly.GetManifestResourceStream(BackgroundNorms.ResourceName)!;
        using var committed = new MemoryStream();
        stream.CopyTo(committed);
        Assert.True(rebuilt.AsSpan().SequenceEqual(committed.ToArray()),
            "background-words.tsv is stale: run `dotnet run -c Release --project Alwrity.Benchmarks -- norms <corpora folder>`.");
    }

    [Fact]
    public void Norms_rank_common_words_first_and_know_modern_words()
    {
        var norms = BackgroundNorms.Shared;
        Assert.Equal(1, norms.Ranks["the"]);
        Assert.True(norms.Ranks["of"] < 5);
        Assert.True(norms.Ranks["email"] <= 3100, $"email rank {norms.Ranks["email"]}");
        Assert.True(norms.Phrases["united states"] > 100);
        Assert.True(norms.TotalWords > 600_000);
    }
}
