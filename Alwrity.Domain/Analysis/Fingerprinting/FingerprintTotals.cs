using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Running counts over all sources.</summary>
internal sealed class FingerprintTotals
{
    public int[] Punctuation { get; } = new int[(int)PunctuationKind.CloseParenthesis + 1];
    public int Emoji { get; set; }
    public int Hashtags { get; set; }
    public int Mentions { get; set; }
    public int Urls { get; set; }
    public int Emails { get; set; }
    public int Contractions { get; set; }
    public int Fillers { get; set; }
    public int[] Persons { get; } = new int[(int)Person.Third + 1];
    public int[] Classes { get; } = new int[(int)WordClass.Interjection + 1];
    public int AnalogyMarkers { get; set; }
    public int StoryMarkers { get; set; }
    public int VocabularyWords { get; set; }
    public int OutsideTop2000 { get; set; }
    public int OutsideTop5000 { get; set; }
    public double CompoundSum { get; set; }
    public double CompoundSquares { get; set; }
    public double PositiveSum { get; set; }
    public double NeutralSum { get; set; }
    public double NegativeSum { get; set; }
}
