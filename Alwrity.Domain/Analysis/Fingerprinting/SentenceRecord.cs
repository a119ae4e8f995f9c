namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>What one sentence showed, for rates and evidence.</summary>
[Flags]
internal enum SentenceFlags : uint
{
    None = 0,
    Question = 1 << 0,
    Exclamation = 1 << 1,
    Imperative = 1 << 2,
    Passive = 1 << 3,
    Contraction = 1 << 4,
    Filler = 1 << 5,
    FirstSingular = 1 << 6,
    FirstPlural = 1 << 7,
    Second = 1 << 8,
    Third = 1 << 9,
    Rhetorical = 1 << 10,
    Analogy = 1 << 11,
    Story = 1 << 12,
    ListItem = 1 << 13,
    EmDash = 1 << 14,
    Ellipsis = 1 << 15,
    Semicolon = 1 << 16,
    Emoji = 1 << 17,
    Hashtag = 1 << 18,
    Mention = 1 << 19,
    Url = 1 << 20,
}

/// <summary>One analysed sentence: where it is, how long, its VADER compound and its flags.</summary>
internal readonly record struct SentenceRecord(
    int Source, int Start, int Length, int Words, int Paragraph, int FirstWord, int WordTokens, double Compound, SentenceFlags Flags)
{
    public bool Has(SentenceFlags flag) => (Flags & flag) != 0;
}

/// <summary>One paragraph's size.</summary>
internal readonly record struct ParagraphRecord(int Sentences, int Words, int ListItems);
