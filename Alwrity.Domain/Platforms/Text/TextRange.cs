namespace Alwrity.Domain.Platforms.Text;

/// <summary>A run of UTF-16 code units in a text: where an entity (link, mention, hashtag) starts and how long it is.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
