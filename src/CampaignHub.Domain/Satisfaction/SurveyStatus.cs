namespace CampaignHub.Domain.Satisfaction;

public enum SurveyStatus
{
    /// <summary>Being defined; questions, groups and targets may be edited.</summary>
    Draft = 1,

    /// <summary>Accepting answers until its closing time.</summary>
    Open = 2,

    /// <summary>Final; rates are unsealed for the units.</summary>
    Closed = 3,
}

public static class SurveyStatusNames
{
    public static string ToChinese(this SurveyStatus status) => status switch
    {
        SurveyStatus.Draft => "草稿",
        SurveyStatus.Open => "进行中",
        SurveyStatus.Closed => "已结束",
        _ => status.ToString(),
    };
}
