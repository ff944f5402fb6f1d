using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CampaignHub.Domain.Briefings;

namespace CampaignHub.Features.Briefings;

/// <summary>
/// A 简报 issue as a Word document on A4, laid out as such issues are: the red masthead with the 期号, the issuing
/// office and date above a red rule, the title, each article under its heading with the reporting unit, and
/// the 编辑/签发 line at the foot. Internal issues say so under the masthead.
/// </summary>
public static class BriefingDocx
{
    private const string Red = "C00000";
    private const string SongTi = "宋体";
    private const string HeiTi = "黑体";
    private const string FangSong = "仿宋";

    public static byte[] Write(BriefingDocumentDto briefing)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Paragraph(Run("简　报", SongTi, 72, bold: true, color: Red), JustificationValues.Center));
            body.Append(Paragraph(Run(Clean(briefing.CampaignTitle), SongTi, 28, color: Red), JustificationValues.Center));
            body.Append(Paragraph(Run(briefing.IsIssued ? briefing.NumberText : "（未印发）", FangSong, 32), JustificationValues.Center));
            if (briefing.Visibility == BriefingVisibility.Internal)
            {
                body.Append(Paragraph(Run("内部资料　注意保存", HeiTi, 24), JustificationValues.Left));
            }

            var mastheadFoot = Paragraph(Run($"{Clean(briefing.IssuingBody)}　　　　{briefing.IssuedOn:yyyy年M月d日}", FangSong, 28), JustificationValues.Center);
            mastheadFoot.ParagraphProperties!.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 18, Color = Red, Space = 4 }));
            body.Append(mastheadFoot);

            body.Append(Paragraph(Run(Clean(briefing.Title), SongTi, 40, bold: true), JustificationValues.Center, spaceBefore: 360));
            foreach (var article in briefing.Articles)
            {
                body.Append(Paragraph(Run($"【{article.KindText}】{Clean(article.Title)}", HeiTi, 32, bold: true), JustificationValues.Center, spaceBefore: 360));
                body.Append(Paragraph(Run($"（{Clean(article.UnitName)}　{article.OccurredOn:yyyy年M月d日}）", FangSong, 28), JustificationValues.Center));
                foreach (var line in Clean(article.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    body.Append(Paragraph(Run(line, FangSong, 32), JustificationValues.Both, firstLineIndent: 640));
                }
            }

            var foot = Paragraph(Run($"编辑：{Clean(briefing.EditedBy)}　　　　签发：{Clean(briefing.IssuedBy)}", FangSong, 28), JustificationValues.Left, spaceBefore: 480);
            foot.ParagraphProperties!.Append(new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 8, Color = "000000", Space = 4 }));
            body.Append(foot);

            // A4 portrait with the margins official documents use (37 mm top, 35 mm bottom, 28/26 mm sides).
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(Run run, JustificationValues justification, int spaceBefore = 0, int firstLineIndent = 0)
    {
        var properties = new ParagraphProperties(
            new Justification { Val = justification },
            new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120", Line = "440", LineRule = LineSpacingRuleValues.Auto });
        if (firstLineIndent > 0)
        {
            properties.Append(new Indentation { FirstLine = firstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Paragraph(properties, run);
    }

    private static Run Run(string text, string font, int halfPoints, bool bold = false, string? color = null)
    {
        var properties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (color is not null)
        {
            properties.Append(new Color { Val = color });
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Drops characters XML cannot hold (control characters, broken surrogates pasted from elsewhere) so the document always opens.</summary>
    private static string Clean(string text)
    {
        var source = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var kept = new System.Text.StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (i + 1 < source.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(source[i + 1], c))
            {
                kept.Append(c).Append(source[++i]);
            }
            else if (c == '\n' || (c != '\r' && System.Xml.XmlConvert.IsXmlChar(c)))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
