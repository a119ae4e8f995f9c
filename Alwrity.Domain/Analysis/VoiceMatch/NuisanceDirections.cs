namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Directions of the weighted word z-score space (aligned with <see cref="VoiceNorms.Words"/>) that carry little
/// authorship and are projected out of every voice before the distances: the strongest directions in which an
/// author's own ~1,000-word background chunks differ from one another — register and occasion ("we / our /
/// freedom" against "I", "I am / my / me", "has been / of the" against "should / if"). This is nuisance attribute
/// projection, as speaker verification removes channel variability (Solomonoff et al. 2005). The set is
/// orthonormal (up to the five decimals it is stored with).
/// </summary>
public sealed record NuisanceDirections(IReadOnlyList<double[]> Words)
{
    /// <summary>Removes from <paramref name="z"/>, in place, its component along each direction.</summary>
    internal static void Remove(double[] z, IReadOnlyList<double[]>? directions)
    {
        if (directions is null)
        {
            return;
        }

        foreach (var direction in directions)
        {
            if (direction.Length != z.Length)
            {
                continue;
            }

            VectorMath.AddScaled(z, direction, -VectorMath.Dot(direction, z));
        }
    }

    /// <summary>
    /// Copies of <paramref name="reference"/> and <paramref name="candidate"/> with the directions removed within
    /// the words whose reference rate is known (not NaN) only, the unknown words left at 0 (the distances skip them).
    /// Each direction is cut down to the known words but not scaled up again: a direction that lives mostly in
    /// unknown words then removes little. Renormalising the cut directions removed their noisy remnants in full and
    /// made a profile without its short words further from its own author's draft (word distance 0.871) than
    /// reading those words as zero (0.840); removing the full directions mixes the zeros that stand in for unknown
    /// words into the known ones. For profiles built with other norms.
    /// </summary>
    internal static (double[] Reference, double[] Candidate) RemoveWithin(
        double[] referenceRates, double[] reference, double[] candidate, IReadOnlyList<double[]>? directions)
    {
        var known = Array.ConvertAll(referenceRates, r => !double.IsNaN(r));
        double[] Known(double[] z) => [.. z.Select((v, i) => known[i] ? v : 0)];
        var cut = (directions ?? []).Where(d => d.Length == known.Length).Select(Known).ToList();
        var (r, c) = (Known(reference), Known(candidate));
        Remove(r, cut);
        Remove(c, cut);
        return (r, c);
    }
}
