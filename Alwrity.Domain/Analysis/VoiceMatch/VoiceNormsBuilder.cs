namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Builds <see cref="VoiceNorms"/> from background documents: chunks of about 1,000 words give the most frequent
/// words (mean rate across chunks) with their mean and standard deviation, and the punctuation norms; calibration
/// pairs (<see cref="VoicePairSampler"/>) then fit the logistic model and thresholds. Same input, same output.
/// </summary>
public static class VoiceNormsBuilder
{
    /// <summary>Builds the norms; documents are used in the order given.</summary>
    public static VoiceNorms Build(IEnumerable<VoiceCorpusDocument> documents, VoiceNormsOptions? options = null)
    {
        options ??= new VoiceNormsOptions();
        var docs = documents.ToList();
        var background = BuildBackground(docs, options);
        var pairs = new VoicePairSampler(background, options).Sample(docs);
        return background with { Calibration = VoiceCalibrator.Fit(pairs, options) };
    }

    /// <summary>Word and punctuation norms only, with an empty calibration.</summary>
    internal static VoiceNorms BuildBackground(IReadOnlyList<VoiceCorpusDocument> docs, VoiceNormsOptions options)
    {
        var chunks = docs.SelectMany(d => TextChunker.Split(d.Text, options.ChunkWords))
            .Select(StyleScanner.Scan)
            .Where(c => c.WordCount > 0)
            .ToList();
        var words = MostFrequentWords(chunks, options)
            .Select(w => Norm(w, chunks.Select(c => c.WordCountOf(w) * 1000.0 / c.WordCount)))
            .Select(n => new WordNorm(n.Feature, n.Mean, n.Std))
            .ToList();
        var punctuation = Enumerable.Range(0, PunctuationFeatures.Count)
            .Select(k => Norm(
                PunctuationFeatures.Key((PunctuationFeature)k),
                chunks.Select(c => Math.Sqrt(c.Punctuation[k] * 1000.0 / c.WordCount))))
            .ToList();
        var ngrams = MostFrequentNGrams(chunks, options.MostFrequentNGrams)
            .Select(key => Norm(NGramKey.ToText(key), chunks.Select(c => c.NGrams.Get(key) * 1000.0 / Math.Max(c.NGramTotal, 1))))
            .ToList();
        var signature = string.Join('\n', words.Select(w => w.Word).Concat(ngrams.Select(n => n.Feature)));
        var id = $"vn-{VoicePairSampler.StableHash(signature):x16}";
        var empty = new VoiceCalibration([], 0, [], 50, 50, 0.5, 0.5, 0, 0);
        return new VoiceNorms(1, id, options.ChunkWords, docs.Count, chunks.Count, words, punctuation, ngrams, empty);
    }

    private static List<string> MostFrequentWords(List<StyleCounts> chunks, VoiceNormsOptions options)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            foreach (var (word, n) in chunk.Words)
            {
                if (options.FunctionWordsOnly ? FunctionWords.All.Contains(word) : word.All(c => char.IsLetter(c) || c == '\''))
                {
                    totals[word] = totals.GetValueOrDefault(word) + ((double)n / chunk.WordCount);
                }
            }
        }

        return [.. totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(options.MostFrequentWords).Select(t => t.Key)];
    }

    /// <summary>The n-grams with the highest total count over all chunks (chunks are all about the same length).</summary>
    private static List<ulong> MostFrequentNGrams(List<StyleCounts> chunks, int count)
    {
        var totals = new NGramTable(1 << 18);
        foreach (var chunk in chunks)
        {
            foreach (var (key, n) in chunk.NGrams.Entries())
            {
                totals.Add(key, n);
            }
        }

        return [.. totals.Entries().OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(count).Select(t => t.Key)];
    }

    private static FeatureNorm Norm(string name, IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        var variance = list.Average(v => (v - mean) * (v - mean));
        return new FeatureNorm(name, mean, Math.Sqrt(variance));
    }
}
