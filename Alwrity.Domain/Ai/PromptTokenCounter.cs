using Microsoft.ML.Tokenizers;

namespace Alwrity.Domain.Ai;

/// <summary>
/// Counts tokens with OpenAI's o200k_base encoding (GPT-4o family). Other providers tokenise differently,
/// so use it to compare prompt sizes (benchmarks, budgets), not to predict a bill exactly.
/// </summary>
public static class PromptTokenCounter
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    public static int Count(string text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);
}
