using System.Text;

namespace Alwrity.Domain.Onboarding.Files;

/// <summary>
/// Decodes uploaded bytes: a BOM picks UTF-8/UTF-16/UTF-32, else strict UTF-8, else Latin-1 (old Windows/Mac files).
/// Binary content (NUL bytes, known binary signatures, many control characters) is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP or Word/Office document"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Word/Office document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    /// <summary>The text, or null with a reason when the bytes are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? notTextReason)
    {
        notTextReason = null;
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                notTextReason = $"it looks like {kind}";
                return null;
            }
        }

        var text = DecodeByBom(bytes) ?? DecodeWithoutBom(bytes, out notTextReason);
        if (text is not null && LooksBinary(text))
        {
            notTextReason = "it contains binary data";
            return null;
        }

        return text;
    }

    private static string? DecodeByBom(ReadOnlySpan<byte> bytes)
    {
        (Encoding? encoding, int bomLength) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding?.GetString(bytes[bomLength..]);
    }

    private static string? DecodeWithoutBom(ReadOnlySpan<byte> bytes, out string? notTextReason)
    {
        notTextReason = null;
        if (bytes.Contains((byte)0))
        {
            notTextReason = "it contains binary data";
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>More than 1% control characters (other than tab, line and page breaks) means this is not prose.</summary>
    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => c is '\0' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')));
        return text.Length > 0 && controls > Math.Max(0, text.Length / 100);
    }
}
