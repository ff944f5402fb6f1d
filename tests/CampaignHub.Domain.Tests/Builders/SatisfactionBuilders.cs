using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>A survey of units 11 and 12, open 2014-06-01 08:00 to 2014-06-30 18:00 China time.</summary>
public sealed class SurveyBuilder
{
    public static readonly DateTimeOffset OpensAt = new(2014, 6, 1, 8, 0, 0, ChinaTime.Offset);
    public static readonly DateTimeOffset ClosesAt = new(2014, 6, 30, 18, 0, 0, ChinaTime.Offset);

    private int[] _units = [11, 12];
    private int _minimumSample = 10;
    private bool _open;

    public SurveyBuilder ForUnits(params int[] units)
    {
        _units = units;
        return this;
    }

    public SurveyBuilder WithMinimumSample(int minimumSample)
    {
        _minimumSample = minimumSample;
        return this;
    }

    public SurveyBuilder Opened()
    {
        _open = true;
        return this;
    }

    public SatisfactionSurvey Build()
    {
        var survey = SatisfactionSurvey.Create(1, "2014年机关作风满意度测评", OpensAt, ClosesAt, _units, ActorBuilder.Office(), Clocks.AtChina(2014, 5, 20), _minimumSample);
        if (_open)
        {
            survey.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9));
        }

        return survey;
    }
}

public static class Answers
{
    /// <summary>The same answer to every question of the survey.</summary>
    public static Dictionary<int, Answer?> All(SatisfactionSurvey survey, Answer answer) =>
        survey.Questions.ToDictionary(q => q.Number, _ => (Answer?)answer);

    /// <summary>Records for one unit, group and question: the given counts of each answer.</summary>
    public static IEnumerable<AnswerRecord> Records(int unitId, int group, int question, int satisfied, int basically = 0, int dissatisfied = 0, int dontKnow = 0, int surveyId = 1) =>
        Enumerable.Repeat(Answer.Satisfied, satisfied)
            .Concat(Enumerable.Repeat(Answer.BasicallySatisfied, basically))
            .Concat(Enumerable.Repeat(Answer.Dissatisfied, dissatisfied))
            .Concat(Enumerable.Repeat(Answer.DontKnow, dontKnow))
            .Select(a => new AnswerRecord(surveyId, unitId, group, question, a));
}
