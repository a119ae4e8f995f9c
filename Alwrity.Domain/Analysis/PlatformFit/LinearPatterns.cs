using System.Text.RegularExpressions;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>
/// How platform-fit patterns are compiled: <see cref="RegexOptions.NonBacktracking"/> (linear time), culture-invariant,
/// with a timeout as a second guard.
/// </summary>
internal static class LinearPatterns
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Compiles <paramref name="pattern"/> with the shared options plus <paramref name="extra"/>.</summary>
    public static Regex Compile(string pattern, RegexOptions extra = RegexOptions.None) => new(pattern, Options | extra, MatchTimeout);
}
