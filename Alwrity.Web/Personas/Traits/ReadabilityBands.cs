namespace Alwrity.Web.Personas.Traits;

/// <summary>What readability numbers mean in words, using the bands the indices' authors published.</summary>
public static class ReadabilityBands
{
    /// <summary>Flesch (1948) reading-ease bands.</summary>
    public static string ReadingEase(double? score) => score switch
    {
        null => "not enough text",
        >= 90 => "very easy",
        >= 80 => "easy",
        >= 70 => "fairly easy",
        >= 60 => "plain English",
        >= 50 => "fairly difficult",
        >= 30 => "difficult",
        _ => "very difficult",
    };

    /// <summary>US school grade a reader needs.</summary>
    public static string Grade(double? grade) => grade switch
    {
        null => "not enough text",
        <= 6 => "easy: grade 6 or below",
        <= 8 => "plain: grades 7–8",
        <= 12 => "high-school level",
        <= 16 => "college level",
        _ => "graduate level",
    };
}
