using System.Diagnostics;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Ai.Prompts;

namespace Alwrity.Benchmarks;

/// <summary>Lists the shipped prompts with version, hash and o200k token count; with file arguments, counts their tokens too.</summary>
internal sealed class PromptTokensCommand : ICommand
{
    public string Name => "prompt-tokens";

    public string Description => "Token counts (o200k_base) of shipped prompts, and of any files given";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{"prompt",-24} {"version",7} {"hash",-16} {"tokens",7}");
        foreach (var prompt in new PromptLibrary().All.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Console.WriteLine($"{prompt.Name,-24} {prompt.Version,7} {prompt.Hash,-16} {PromptTokenCounter.Count(prompt.Text),7}");
        }

        foreach (var path in args)
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var clock = Stopwatch.StartNew();
            var tokens = PromptTokenCounter.Count(text);
            clock.Stop();
            Console.WriteLine($"{Path.GetFileName(path)}: {tokens} tokens, {text.Length} chars ({(double)text.Length / Math.Max(1, tokens):0.00} chars/token), counted in {clock.ElapsedMilliseconds} ms");
        }

        return 0;
    }
}
