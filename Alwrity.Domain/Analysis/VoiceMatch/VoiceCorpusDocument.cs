namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// One background document for <see cref="VoiceNormsBuilder"/>. <paramref name="Collection"/> groups documents of
/// one genre (different-author pairs are drawn within it); a null <paramref name="Author"/> (disputed or joint
/// work) contributes to word and punctuation norms but never to calibration pairs.
/// </summary>
public sealed record VoiceCorpusDocument(string Collection, string Name, string? Author, string Text);

/// <summary>Settings of <see cref="VoiceNormsBuilder"/>; the defaults produce the committed norms.</summary>
public sealed record VoiceNormsOptions
{
    /// <summary>How many most frequent words Cosine Delta uses.</summary>
    public int MostFrequentWords { get; init; } = 500;

    /// <summary>Draw the most frequent words from <see cref="FunctionWords"/> only (otherwise from all words).</summary>
    public bool FunctionWordsOnly { get; init; }

    /// <summary>How many most frequent pairs of adjacent function words ("of the") join the words of Cosine Delta.</summary>
    public int MostFrequentFunctionBigrams { get; init; } = 500;

    /// <summary>Weight each word and n-gram by how well it separates authors (<see cref="FeatureWeights"/>); else all 1.</summary>
    public bool WeightFeatures { get; init; } = true;

    /// <summary>How many most frequent character n-grams of each order in <see cref="NGramOrders"/> the n-gram Delta uses.</summary>
    public int MostFrequentNGrams { get; init; } = 1000;

    /// <summary>The character n-gram orders of the n-gram Delta.</summary>
    public IReadOnlyList<int> NGramOrders { get; init; } = [2, 3, 4, 5];

    /// <summary>
    /// How many within-author word directions (<see cref="NuisanceDirections.Words"/>) are projected out; 0 keeps
    /// the word z-scores as they are.
    /// </summary>
    public int WordNuisanceDirections { get; init; } = 20;

    /// <summary>Words per background chunk for the norms.</summary>
    public int ChunkWords { get; init; } = 1000;

    /// <summary>Candidate lengths (words) sampled for calibration pairs.</summary>
    public IReadOnlyList<int> CandidateWords { get; init; } = [150, 300, 600, 1000, 2000];

    /// <summary>Reference lengths (words) sampled for calibration pairs.</summary>
    public IReadOnlyList<int> ReferenceWords { get; init; } = [1000, 2500, 5000];

    /// <summary>Different-author references per candidate and length (other authors of the same collection).</summary>
    public int DifferentAuthors { get; init; } = 3;

    /// <summary>Author-grouped folds for the cross-validated AUC.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Calibration features, by <see cref="VoiceDistances.Feature"/> name.</summary>
    public IReadOnlyList<string> Features { get; init; } =
        ["style", "styleByCandidateScale", "candidateScale", "referenceScale"];
}
