namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Finds the <see cref="NuisanceDirections"/> of labelled background chunks under norms that have none yet: the
/// leading principal directions of the word z-scores around each author's own mean (within-author variability).
/// Only the words: held out (norms from two collections, tested on the third), removing 15 or 20 such directions
/// raised top-1 retrieval on all three collections, 25 lost it again on the State of the Union, and doing the
/// same for the n-grams, or removing the directions between the collections' mean n-gram profiles (genre), cost
/// top-1 (see the README).
/// </summary>
internal static class NuisanceDirectionsBuilder
{
    /// <summary>Decimals the directions are stored with; the builder uses the rounded values, as a reader of the file does.</summary>
    public const int Decimals = 5;

    public static NuisanceDirections Find(IReadOnlyList<LabelledChunk> chunks, VoiceNorms norms, VoiceNormsOptions options)
    {
        var authored = chunks.Where(c => c.Group is not null).ToList();
        var wordZ = authored.Select(c => PreparedVoice.ForCandidate(c.Counts, norms).WordZ).ToList();
        var withinAuthors = PrincipalDirections.CentredWithinGroups(wordZ, [.. authored.Select(c => c.Group!)]);
        var words = PrincipalDirections.Of(withinAuthors, options.WordNuisanceDirections);
        return new NuisanceDirections([.. words.Select(Rounded)]);
    }

    private static double[] Rounded(double[] direction) =>
        [.. direction.Select(v => Math.Round(v, Decimals, MidpointRounding.AwayFromZero))];
}
