using Alwrity.Domain.Errors;

namespace Alwrity.Domain.Platforms;

/// <summary>All registered platform strategies, by key.</summary>
public sealed class PlatformStrategies(IEnumerable<IPlatformStrategy> strategies)
{
    /// <summary>The platforms a persona is made for when none are chosen, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> Default = ["linkedin", "facebook"];

    private readonly Dictionary<string, IPlatformStrategy> byKey =
        strategies.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Keys => byKey.Keys.Order(StringComparer.Ordinal).ToList();

    public bool TryGet(string? key, out IPlatformStrategy strategy) => byKey.TryGetValue(key?.Trim() ?? "", out strategy!);

    public IPlatformStrategy Get(string? key) => TryGet(key, out var strategy)
        ? strategy
        : throw new InputValidationException("platform", $"'{key}' is not a supported platform for personas. Supported: {string.Join(", ", Keys)}.");
}
