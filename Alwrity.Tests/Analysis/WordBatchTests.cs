using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Tests.Analysis;

/// <summary>
/// The fingerprint's word pass tokenises a piece at a time and looks words new to the analysis up in batches; both
/// must give exactly what the one-piece, one-word-at-a-time path gives.
/// </summary>
public class WordBatchTests
{
    private static readonly string Text = string.Join(' ', Enumerable.Range(0, 3_000).Select(i => i % 7 == 0
        ? $"Word{i % 400}'s naïve-{i % 13}, http://x.io/{i} the “quoted” Government {new string('z', 10 + (i % 70))}."
        : $"the people of zq{i % 900}xy and understanding{i % 50} ({i})"));

    [Fact]
    public void Scanning_in_pieces_gives_the_tokens_of_one_scan()
    {
        using var whole = new PooledList<TextToken>();
        TokenScanner.Scan(Text, whole);
        foreach (var piece in new[] { 1, 7, 100, 8192 })
        {
            using var pieces = new PooledList<TextToken>();
            var scanner = TokenScanner.Start(Text, pieces);
            while (scanner.ScanMore(piece))
            {
            }

            Assert.Equal(whole.Span.ToArray(), pieces.Span.ToArray());
        }
    }

    [Fact]
    public void Batched_lookups_give_the_ids_counts_and_order_of_one_at_a_time()
    {
        using var tokens = new PooledList<TextToken>();
        TokenScanner.Scan(Text, tokens);
        var words = tokens.Span.ToArray().Where(t => t.Kind == TokenKind.Word).ToArray();
        var key = new char[WordKey.MaxLength];

        using var single = new WordIndex(WordCatalog.Shared);
        var expected = words.Select(t => AddNow(single, t, key)).ToArray();

        using var batched = new WordIndex(WordCatalog.Shared);
        var stream = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            stream[i] = Queue(batched, words[i], key, i);
            if (stream[i] < 0 && batched.HasFullBatch)
            {
                batched.ResolvePending(stream);
            }
        }

        batched.ResolvePending(stream);
        batched.CountAll(stream);

        Assert.Equal(expected, stream);
        Assert.Equal(single.Touched, batched.Touched);
        Assert.All(expected.Distinct(), id => Assert.Equal(single.CountOf(id), batched.CountOf(id)));
    }

    private static int AddNow(WordIndex index, TextToken token, char[] key)
    {
        var nonAscii = (token.Flags & TokenFlags.NonAscii) != 0;
        return WordKey.TryLowerShort(Text, token.Start, token.Length, nonAscii, out var low, out var high)
            ? index.AddShort(low, high, token.Length, key)
            : index.Add(key, WordKey.WriteBlocks(Text, token.Start, token.Length, nonAscii, key));
    }

    private static int Queue(WordIndex index, TextToken token, char[] key, int position)
    {
        var nonAscii = (token.Flags & TokenFlags.NonAscii) != 0;
        return WordKey.TryLowerShort(Text, token.Start, token.Length, nonAscii, out var low, out var high)
            ? index.FindOrQueueShort(low, high, token.Length, position)
            : index.FindOrQueue(key, WordKey.WriteBlocks(Text, token.Start, token.Length, nonAscii, key), position);
    }
}
