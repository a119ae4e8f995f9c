using System.Diagnostics;
using System.Text;
using Alwrity.Domain.Analysis.VoiceMatch;
using Xunit.Abstractions;

namespace Alwrity.Tests.Analysis.VoiceMatch;

public sealed class VoiceNormsRebuildTests(ITestOutputHelper output)
{
    [Fact]
    public void Rebuilding_the_norms_from_the_corpora_gives_the_committed_bytes()
    {
        var stopwatch = Stopwatch.StartNew();
        var rebuilt = VoiceNormsJson.Write(VoiceNormsBuilder.Build(VoiceCorpora.All));
        output.WriteLine($"rebuilt in {stopwatch.Elapsed.TotalSeconds:0.0} s");

        using var stream = typeof(VoiceNormsStore).Assembly.GetManifestResourceStream("Alwrity.Domain.Analysis.VoiceMatch.voice-norms.json")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var committed = reader.ReadToEnd();
        Assert.Equal(committed, rebuilt);
    }

    [Fact]
    public void Committed_norms_load_and_describe_a_usable_model()
    {
        var norms = VoiceNormsStore.Default;

        Assert.Equal(VoiceNorms.CurrentFormatVersion, norms.FormatVersion);
        Assert.Equal(1000, norms.Words.Count); // 500 words and 500 function-word pairs
        Assert.Contains(norms.Words, w => w.Word == "the" && w.Mean > 40);
        Assert.Contains(norms.Words, w => w.Word == "of the" && w.Mean > 5);
        Assert.Equal(4000, norms.CharNGrams.Count);
        Assert.Equal([2, 3, 4, 5], norms.CharNGrams.Select(n => n.Feature.Length).Distinct().Order());
        Assert.All(norms.Words.Select(w => w.Weight).Concat(norms.CharNGrams.Select(n => n.Weight)), w => Assert.InRange(w, 0, 1));
        Assert.Contains(norms.Words, w => w.Weight > 0.5); // some words do separate authors
        Assert.Equal(PunctuationFeatures.Count, norms.Punctuation.Count);
        Assert.True(norms.Calibration.MismatchScore <= norms.Calibration.MatchScore);
        Assert.True(norms.Calibration.CrossValidatedAuc > 0.75, $"cross-validated AUC {norms.Calibration.CrossValidatedAuc}");
        output.WriteLine($"committed norms: AUC {norms.Calibration.Auc}, cross-validated {norms.Calibration.CrossValidatedAuc}");
    }
}
