namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Builds <see cref="VoiceNorms"/> from background documents: chunks of about 1,000 words give the most frequent
/// words and pairs of adjacent function words ("of the"), and character n-grams of each order (by total rate across chunks) with their mean, standard deviation and
/// author-separating weight (<see cref="FeatureWeights"/>), the punctuation norms and the directions projected out
/// of every voice (<see cref="NuisanceDirectionsBuilder"/>); calibration pairs
/// (<see cref="VoicePairSampler"/>) then fit the logistic model and thresholds. Same input, same output.
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

    /// <summary>Word, punctuation and n-gram norms only, with an empty calibration.</summary>
    internal static VoiceNorms BuildBackground(IReadOnlyList<VoiceCorpusDocument> docs, VoiceNormsOptions options)
    {
        var labelled = docs.SelectMany(d => TextChunker.Split(d.Text, options.ChunkWords).Select(t => new LabelledChunk(
                d.Author is null ? null : $"{d.Collection}\u0001{d.Author}", d.Collection, StyleScanner.Scan(t))))
            .Where(c => c.Counts.WordCount > 0)
            .ToList();
        var chunks = labelled.Select(c => c.Counts).ToList();
        var weights = new FeatureWeights(labelled);
        Func<Func<StyleCounts, double>, double> weightOf = value => options.WeightFeatures ? weights.Of(value) : 1;
        var words = WordNorms(chunks, options, weightOf);
        var ngrams = NGramNorms(chunks, options, weightOf);
        var punctuation = Enumerable.Range(0, PunctuationFeatures.Count)
            .Select(k => Norm(
                PunctuationFeatures.Key((PunctuationFeature)k),
                chunks.Select(c => Math.Sqrt(c.Punctuation[k] * 1000.0 / c.WordCount))))
            .ToList();
        var signature = string.Join('\n', words.Select(w => w.Word).Concat(ngrams.Select(n => n.Feature)));
        var id = $"vn-{VoicePairSampler.StableHash(signature):x16}";
        var empty = new VoiceCalibration([], 0, [], 50, 50, 0.5, 0.5, 0, 0);
        var norms = new VoiceNorms(
            VoiceNorms.CurrentFormatVersion, id, options.ChunkWords, docs.Count, chunks.Count, words, punctuation, ngrams, empty);
        return norms with { Nuisance = NuisanceDirectionsBuilder.Find(labelled, norms, options) };
    }

    private static List<WordNorm> WordNorms(
        List<StyleCounts> chunks, VoiceNormsOptions options, Func<Func<StyleCounts, double>, double> weightOf)
    {
        var norms = new List<WordNorm>();
        foreach (var word in MostFrequentWords(chunks, options))
        {
            double Rate(StyleCounts c) => c.WordCountOf(word) * 1000.0 / c.WordCount;
            var norm = Norm(word, chunks.Select(Rate));
            norms.Add(new WordNorm(word, norm.Mean, norm.Std, weightOf(Rate)));
        }

        return norms;
    }

    private static List<FeatureNorm> NGramNorms(
        List<StyleCounts> chunks, VoiceNormsOptions options, Func<Func<StyleCounts, double>, double> weightOf)
    {
        var norms = new List<FeatureNorm>();
        foreach (var key in options.NGramOrders.SelectMany(order => MostFrequentNGrams(chunks, order, options.MostFrequentNGrams)))
        {
            double Rate(StyleCounts c) => c.NGramRate(key);
            norms.Add(Norm(NGramKey.ToText(key)!, chunks.Select(Rate)) with { Weight = weightOf(Rate) });
        }

        return norms;
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

        return [.. Top(totals, options.MostFrequentWords).Concat(Top(FunctionBigramTotals(chunks), options.MostFrequentFunctionBigrams))];
    }

    /// <summary>Total rate over chunks of each pair of adjacent function words, named "first second".</summary>
    private static Dictionary<string, double> FunctionBigramTotals(List<StyleCounts> chunks)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            foreach (var (pair, n) in chunk.FunctionBigrams)
            {
                var key = FunctionWords.PairName(pair);
                totals[key] = totals.GetValueOrDefault(key) + ((double)n / chunk.WordCount);
            }
        }

        return totals;
    }

    private static IEnumerable<string> Top(Dictionary<string, double> totals, int count) =>
        totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(count).Select(t => t.Key);

    /// <summary>
    /// The n-grams of one order with the highest total count over all chunks (chunks are all about the same length),
    /// leaving out those that cannot be named (<see cref="NGramKey.ToText"/>).
    /// </summary>
    private static List<ulong> MostFrequentNGrams(List<StyleCounts> chunks, int order, int count)
    {
        var totals = new NGramTable(1 << 18);
        foreach (var chunk in chunks)
        {
            foreach (var (key, n) in chunk.NGrams.Entries())
            {
                if (NGramKey.Order(key) == order)
                {
                    totals.Add(key, n);
                }
            }
        }

        return [.. totals.Entries().Where(t => NGramKey.ToText(t.Key) is not null)
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(count).Select(t => t.Key)];
    }

    private static FeatureNorm Norm(string name, IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        var variance = list.Average(v => (v - mean) * (v - mean));
        return new FeatureNorm(name, mean, Math.Sqrt(variance));
    }
}
