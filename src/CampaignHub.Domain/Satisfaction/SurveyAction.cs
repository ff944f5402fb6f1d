using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>What someone may do with a satisfaction survey.</summary>
public enum SurveyAction
{
    /// <summary>立即开启: open a draft now, before its opening time.</summary>
    Open = 1,

    /// <summary>提前结束: close an open survey early.</summary>
    Close = 2,

    /// <summary>Title, closing time, minimum sample and whether units see their rates early.</summary>
    EditSettings = 3,

    /// <summary>The opening time: only while a draft.</summary>
    EditOpeningTime = 4,

    /// <summary>测评对象: only while a draft.</summary>
    EditTargets = 5,

    /// <summary>题目: only while a draft.</summary>
    EditQuestions = 6,

    /// <summary>参评群体: only while a draft.</summary>
    EditGroups = 7,

    /// <summary>生成答题码: until the survey closes.</summary>
    GenerateCodes = 8,

    /// <summary>纸质问卷导入: once the survey has started.</summary>
    ImportPaper = 9,
}

/// <summary>
/// The one home of who may run surveys. The office defines, opens and closes surveys, keeps the answer codes (bearer
/// tokens for anonymous answers) and sets the campaign's threshold; everyone else only reads results.
/// </summary>
public static class SurveyRules
{
    /// <summary>Whether the actor runs the campaign's surveys at all: the survey list offers 新建测评 and the settings from this.</summary>
    public static ActionAnswer WhyCannotManage(Actor actor) =>
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以管理满意度测评"));

    /// <summary>The answer codes are the office's: each one lets one anonymous person answer.</summary>
    public static ActionAnswer WhyCannotSeeCodes(Actor actor) =>
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以查看答题码"));

    public static ActionAnswer WhyCannotSetThreshold(Actor actor) =>
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以设置满意率阈值"));

    internal static string WhoMay(SurveyAction action) => action switch
    {
        SurveyAction.Open => "只有活动办可以开启测评",
        SurveyAction.Close => "只有活动办可以结束测评",
        SurveyAction.GenerateCodes => "只有活动办可以生成答题码",
        SurveyAction.ImportPaper => "只有活动办可以导入纸质问卷",
        _ => "只有活动办可以修改满意度测评",
    };
}
