namespace CampaignHub.Domain.Satisfaction;

/// <summary>The default questions and respondent groups, taken word for word from the seeds.</summary>
public static class SurveyDefaults
{
    /// <summary>004 评议内容: "重点围绕服务大局、工作质量、服务态度、干部作风、机关形象五个方面内容".</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["服务大局", "工作质量", "服务态度", "干部作风", "机关形象"];

    /// <summary>000 "双满意": 群众对党员干部作风转变是否满意；对解决群众提出的问题是否满意.</summary>
    public static readonly IReadOnlyList<string> TwoSatisfactions = ["作风转变是否满意", "解决问题是否满意"];

    /// <summary>
    /// 004 参评人员, split into its thirteen groups: "各级党代表、人大代表、政协委员和民主党派人士，各级各部门(单位)的
    /// 干部职工、离退休人员，部队官兵，各类企业的法人、职工和个体工商户，村干部、农民和社区居民代表，党风廉政建设特邀监督员".
    /// </summary>
    public static readonly IReadOnlyList<string> RespondentGroups =
    [
        "党代表",
        "人大代表",
        "政协委员",
        "民主党派人士",
        "干部职工",
        "离退休人员",
        "部队官兵",
        "企业法人和职工",
        "个体工商户",
        "村干部",
        "农民",
        "社区居民代表",
        "党风廉政建设特邀监督员",
    ];
}
