using System.Collections.Frozen;
using System.Text.Json;
using Alwrity.Domain.Platforms.Counting;

namespace Alwrity.Domain.Platforms.Rules;

/// <summary>
/// The platform rules, loaded once from the embedded <c>platform-rules.json</c>. Lookups are case-insensitive and
/// accept aliases ("twitter" for "x", "fb" for "facebook"). Immutable and thread-safe: register it as a singleton.
/// </summary>
public sealed class PlatformRulesCatalog
{
    private const string ResourceName = "Alwrity.Domain.Platforms.Rules.platform-rules.json";

    private static readonly Lazy<PlatformRulesCatalog> DefaultCatalog = new(LoadEmbedded);

    private readonly FrozenDictionary<string, PlatformRules> _byName;

    /// <summary>Builds a catalog from rules (tests, or rules read from configuration).</summary>
    public PlatformRulesCatalog(IEnumerable<PlatformRules> rules)
    {
        All = [.. rules];
        Keys = [.. All.Select(r => r.Key)];
        _byName = BuildIndex(All);
    }

    /// <summary>The catalog built from the embedded rules file.</summary>
    public static PlatformRulesCatalog Default => DefaultCatalog.Value;

    /// <summary>Every platform and content kind, in file order.</summary>
    public IReadOnlyList<PlatformRules> All { get; }

    /// <summary>The platform keys (aliases not included).</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The rules for a key or alias; throws <see cref="UnknownPlatformException"/> if there are none.</summary>
    public PlatformRules Get(string? key) =>
        TryGet(key, out var rules) ? rules : throw new UnknownPlatformException(key ?? string.Empty, Keys);

    /// <summary>Looks up a key or alias, ignoring case and surrounding spaces.</summary>
    public bool TryGet(string? key, out PlatformRules rules)
    {
        rules = null!;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        if (_byName.TryGetValue(key.Trim(), out var found))
        {
            rules = found;
            return true;
        }

        return false;
    }

    /// <summary>Parses a rules file in the embedded file's shape; throws <see cref="InvalidDataException"/> if it is inconsistent.</summary>
    public static PlatformRulesCatalog FromJson(string json)
    {
        RulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RulesFile>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The platform rules file is malformed: {error.Message}", error);
        }

        if (file?.Platforms is null)
        {
            throw new InvalidDataException("The platform rules file has no platforms.");
        }

        foreach (var rules in file.Platforms)
        {
            Validate(rules);
        }

        return new PlatformRulesCatalog(file.Platforms);
    }

    private static PlatformRulesCatalog LoadEmbedded()
    {
        using var stream = typeof(PlatformRulesCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private static void Validate(PlatformRules rules)
    {
        if (rules.HardLimit <= 0 || string.IsNullOrWhiteSpace(rules.Source) || rules.LastChecked == default)
        {
            throw new InvalidDataException($"Platform rules for \"{rules.Key}\" need a positive limit, a source and a last-checked date.");
        }

        if (rules.Hashtags is null || rules.Mentions is null || rules.Links is null || rules.Fold is { Mobile: <= 0 } or { Desktop: <= 0 })
        {
            throw new InvalidDataException($"Platform rules for \"{rules.Key}\" have a null norm or a non-positive fold.");
        }

        if (!CountingRules.All.Contains(rules.CountingRule))
        {
            throw new InvalidDataException($"Platform rules for \"{rules.Key}\" name an unknown counting rule \"{rules.CountingRule}\".");
        }
    }

    private static FrozenDictionary<string, PlatformRules> BuildIndex(IReadOnlyList<PlatformRules> all)
    {
        var index = new Dictionary<string, PlatformRules>(StringComparer.OrdinalIgnoreCase);
        foreach (var rules in all)
        {
            foreach (var name in rules.Aliases.Prepend(rules.Key))
            {
                if (!index.TryAdd(name, rules))
                {
                    throw new InvalidDataException($"Platform name \"{name}\" is used twice.");
                }
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record RulesFile(IReadOnlyList<PlatformRules> Platforms);
}
