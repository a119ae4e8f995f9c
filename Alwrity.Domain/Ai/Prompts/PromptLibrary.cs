using System.Reflection;
using System.Text.RegularExpressions;

namespace Alwrity.Domain.Ai.Prompts;

/// <summary>
/// The prompts shipped in Alwrity.Domain: every embedded <c>*.prompt.md</c> file (any feature folder), each starting
/// with a header block <c>---</c> / <c>name: …</c> / <c>version: N</c> / <c>---</c>.
/// </summary>
public sealed partial class PromptLibrary
{
    private readonly Dictionary<string, Prompt> prompts;

    public PromptLibrary()
        : this(typeof(PromptLibrary).Assembly)
    {
    }

    internal PromptLibrary(Assembly assembly)
    {
        prompts = new Dictionary<string, Prompt>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".prompt.md", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var prompt = Parse(reader.ReadToEnd(), resource);
            if (!prompts.TryAdd(prompt.Name, prompt))
            {
                throw new InvalidOperationException($"Two prompt files are named '{prompt.Name}' ({resource}).");
            }
        }
    }

    /// <summary>All prompts, by name.</summary>
    public IReadOnlyCollection<Prompt> All => prompts.Values;

    /// <summary>The prompt with this name (case-insensitive); throws when there is none.</summary>
    public Prompt Get(string name) =>
        prompts.TryGetValue(name, out var prompt)
            ? prompt
            : throw new KeyNotFoundException($"No prompt named '{name}'. Known: {string.Join(", ", prompts.Keys.Order())}.");

    /// <summary>Parses one prompt file: header (name, version) then the template text.</summary>
    public static Prompt Parse(string content, string source)
    {
        var match = HeaderPattern().Match(content.Replace("\r\n", "\n"));
        if (!match.Success)
        {
            throw new FormatException($"Prompt file {source} must start with a '---' header holding 'name:' and 'version:'.");
        }

        var header = match.Groups["header"].Value.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim().ToLowerInvariant(), parts => parts[1].Trim());
        if (!header.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name)
            || !header.TryGetValue("version", out var versionText) || !int.TryParse(versionText, out var version) || version < 1)
        {
            throw new FormatException($"Prompt file {source} needs 'name: <text>' and 'version: <positive number>' in its header.");
        }

        return new Prompt(name, version, match.Groups["body"].Value.Trim());
    }

    [GeneratedRegex(@"^\uFEFF?---\n(?<header>.*?)\n---\n(?<body>.*)$", RegexOptions.Singleline)]
    private static partial Regex HeaderPattern();
}
