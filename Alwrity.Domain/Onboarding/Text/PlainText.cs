using System.Text;
using System.Text.RegularExpressions;

namespace Alwrity.Domain.Onboarding.Text;

/// <summary>Tidies extracted text: unified line ends, spaces collapsed inside lines, at most one blank line between paragraphs.</summary>
public static partial class PlainText
{
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in lines)
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = false;
        }

        return result.ToString();
    }

    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();
}
