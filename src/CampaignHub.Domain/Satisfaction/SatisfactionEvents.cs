using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>Something that happened to a satisfaction survey (its settings, questions, groups or status).</summary>
public abstract record SurveyEvent(SatisfactionSurvey Survey) : IDomainEvent
{
    public abstract string Summary { get; }
}

/// <summary>A survey (or a re-survey) was created with its default questions, groups and target units.</summary>
public sealed record SurveyCreated(SatisfactionSurvey Survey) : SurveyEvent(Survey)
{
    public override string Summary => $"创建满意度测评“{Survey.Title}”";
}

/// <summary>The office edited the survey; <paramref name="What"/> says which part (e.g. 修改测评设置, 新增题目).</summary>
public sealed record SurveyEdited(SatisfactionSurvey Survey, string What) : SurveyEvent(Survey)
{
    public override string Summary => $"{What}：{Survey.Title}";
}

public sealed record SurveyOpened(SatisfactionSurvey Survey, bool BySchedule) : SurveyEvent(Survey)
{
    public override string Summary => BySchedule ? $"测评“{Survey.Title}”按计划开始" : $"开启测评：{Survey.Title}";
}

public sealed record SurveyClosed(SatisfactionSurvey Survey, bool BySchedule) : SurveyEvent(Survey)
{
    public override string Summary => BySchedule ? $"测评“{Survey.Title}”按计划结束" : $"结束测评：{Survey.Title}";
}

/// <summary>A batch of one-time codes was generated for one unit and respondent group.</summary>
public sealed record ResponseCodesGenerated(SatisfactionSurvey Survey, int UnitId, int Count) : IDomainEvent
{
    public string Summary => $"生成答题码{Count}个";
}

/// <summary>
/// Someone answered online with a code. The event names the survey and the unit only: an answer is anonymous, so
/// nothing about who or exactly when reaches the feed.
/// </summary>
public sealed record SurveyAnswered(SatisfactionSurvey Survey, int UnitId) : IDomainEvent
{
    public string Summary => "收到一份网上测评答卷";
}

/// <summary>A workbook of paper questionnaires was imported (one fact for the whole file).</summary>
public sealed record PaperQuestionnairesImported(SatisfactionSurvey Survey, int SheetCount) : IDomainEvent
{
    public string Summary => $"导入纸质问卷{SheetCount}份";
}
