namespace CampaignHub.Domain.Satisfaction;

public enum ResponseSource
{
    /// <summary>Answered on the survey page with a one-time code.</summary>
    Online = 1,

    /// <summary>A paper questionnaire imported by the office from .xlsx or .csv.</summary>
    PaperImport = 2,
}

public static class ResponseSourceNames
{
    public static string ToChinese(this ResponseSource source) => source switch
    {
        ResponseSource.Online => "网上测评",
        ResponseSource.PaperImport => "纸质问卷导入",
        _ => source.ToString(),
    };
}
