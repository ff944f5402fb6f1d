using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// One question of a <see cref="SatisfactionSurvey"/>. <see cref="Number"/> is the question's key inside
/// its survey, so answers keep pointing at it when questions are reordered (and tests need no store ids).
/// </summary>
public sealed class SurveyQuestion : Entity
{
    private SurveyQuestion()
    {
        Text = string.Empty;
    }

    internal SurveyQuestion(int number, string text, int order, QuestionKind kind)
    {
        Number = number;
        Order = order;
        Kind = kind;
        Text = ValidText(text);
    }

    public int SurveyId { get; private set; }

    /// <summary>Stable key of the question within its survey; answers refer to it.</summary>
    public int Number { get; private set; }

    public string Text { get; private set; }

    /// <summary>Position on the survey page, 1-based.</summary>
    public int Order { get; private set; }

    public QuestionKind Kind { get; private set; }

    internal void Edit(string text, QuestionKind kind)
    {
        Text = ValidText(text);
        Kind = kind;
    }

    internal void MoveTo(int order) => Order = order;

    private static string ValidText(string text) => Guard.Required(text, "题目", 200);
}

/// <summary>
/// A group of respondents (参评人员), e.g. 人大代表. <see cref="Number"/> is its key inside the survey;
/// codes and answers store the group by this number, never a person.
/// </summary>
public sealed class RespondentGroup : Entity
{
    private RespondentGroup()
    {
        Name = string.Empty;
    }

    internal RespondentGroup(int number, string name, int order)
    {
        Number = number;
        Order = order;
        Name = ValidName(name);
    }

    public int SurveyId { get; private set; }

    /// <summary>Stable key of the group within its survey.</summary>
    public int Number { get; private set; }

    public string Name { get; private set; }

    public int Order { get; private set; }

    internal void Rename(string name) => Name = ValidName(name);

    internal void MoveTo(int order) => Order = order;

    private static string ValidName(string name) => Guard.Required(name, "参评群体名称", 50);
}

/// <summary>A unit evaluated by a survey.</summary>
public sealed class SurveyTargetUnit
{
    private SurveyTargetUnit()
    {
    }

    internal SurveyTargetUnit(int unitId) => UnitId = unitId;

    public int SurveyId { get; private set; }

    public int UnitId { get; private set; }
}
