using System.Text;

namespace CampaignHub.Infrastructure.Excel;

/// <summary>
/// Makes text safe to write into XML (a workbook's parts). XML 1.0 forbids most control characters
/// (NUL, U+0001–U+0008, U+000B, U+000C, U+000E–U+001F), the non-characters U+FFFE and U+FFFF, and
/// surrogates that do not form a pair. Such text can reach an export from any free-text field, so the
/// writer cleans every string: forbidden control characters are dropped, and U+FFFE, U+FFFF and lone
/// surrogates become U+FFFD (the replacement character), so the reader sees that something was there.
/// </summary>
public static class XmlText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append(Replacement);
            }
            else if (!IsForbiddenControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when every character of <paramref name="text"/> may stand in an XML document as it is.</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || IsForbiddenControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsForbiddenControl(char c) => c < '\u0020' && c is not ('\t' or '\n' or '\r');
}
