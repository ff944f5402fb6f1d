using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

public class SatisfactionRateTests
{
    [Fact]
    public void Rate_is_satisfied_plus_basically_satisfied_over_valid_answers_excluding_dont_know()
    {
        var answers = Answers.Records(11, 1, 1, satisfied: 12, basically: 5, dissatisfied: 3, dontKnow: 30).Select(r => r.Answer);

        var result = SatisfactionRate.Compute(answers, minimumSample: 10);

        Assert.Equal(17, result.Numerator);
        Assert.Equal(20, result.Denominator);
        Assert.Equal(30, result.DontKnow);
        Assert.False(result.SampleInsufficient);
        Assert.Equal(0.85m, result.Rate);
        Assert.Equal("85.0%", result.Display);
    }

    [Fact]
    public void Dont_know_answers_do_not_change_the_rate()
    {
        var without = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 8, 0, 2).Select(r => r.Answer), 1);
        var with = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 8, 0, 2, dontKnow: 100).Select(r => r.Answer), 1);

        Assert.Equal(0.8m, without.Rate);
        Assert.Equal(without.Rate, with.Rate);
    }

    [Fact]
    public void Below_the_minimum_sample_the_rate_is_shown_as_sample_insufficient()
    {
        // 9 questionnaires answered this question: the sample counts questionnaires.
        var result = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 9).Select(r => r.Answer), minimumSample: 10);

        Assert.True(result.SampleInsufficient);
        Assert.Null(result.Rate);
        Assert.Equal("样本不足", result.Display);
        Assert.Equal(9, result.Numerator);
    }

    [Fact]
    public void Exactly_the_minimum_sample_is_enough()
    {
        var result = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 7, 0, 3).Select(r => r.Answer), minimumSample: 10);

        Assert.False(result.SampleInsufficient);
        Assert.Equal(0.7m, result.Rate);
    }

    [Fact]
    public void Only_dont_know_answers_give_no_rate()
    {
        var result = SatisfactionRate.Compute(Enumerable.Repeat(Answer.DontKnow, 5), minimumSample: 1);

        Assert.Equal(0, result.Denominator);
        Assert.Null(result.Rate);
        Assert.Equal("样本不足", result.Display);
    }

    [Fact]
    public void The_formula_is_stated_in_Chinese_and_excludes_dont_know()
    {
        Assert.Contains("满意数 + 基本满意数", SatisfactionRate.Formula);
        Assert.Contains("不含“不了解”", SatisfactionRate.Formula);
        var result = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 12, 5, 3, 2).Select(r => r.Answer), 10);
        Assert.StartsWith("（12 + 5）÷ 20 = 85.0%", result.Explanation);
    }

    [Fact]
    public void Breakdowns_by_unit_question_and_group_and_overall()
    {
        var records = Answers.Records(11, group: 1, question: 1, satisfied: 10)
            .Concat(Answers.Records(11, group: 2, question: 2, satisfied: 5, dissatisfied: 5))
            .Concat(Answers.Records(12, group: 1, question: 1, satisfied: 2, basically: 2, dissatisfied: 6, dontKnow: 4))
            .ToList();

        var byUnit = SatisfactionRate.ByUnit(records, 10);
        var byQuestion = SatisfactionRate.ByQuestion(records, 10);
        var byGroup = SatisfactionRate.ByRespondentGroup(records, 10);
        var overall = SatisfactionRate.Overall(records, 10);
        var table = SatisfactionRate.ByUnitAndQuestion(records, 1);

        Assert.Equal(0.75m, byUnit[11].Rate);          // 15 / 20
        Assert.Equal(0.4m, byUnit[12].Rate);           // 4 / 10, 不了解 excluded
        Assert.Equal(0.7m, byQuestion[1].Rate);        // 14 / 20
        Assert.Equal(0.5m, byQuestion[2].Rate);        // 5 / 10
        Assert.Equal(0.7m, byGroup[1].Rate);
        Assert.Equal(0.5m, byGroup[2].Rate);
        Assert.Equal(0.6333m, overall.Rate);           // 19 / 30, four decimals
        Assert.Equal(1m, table[(11, 1)].Rate);
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Trend_follows_the_given_survey_order_and_keeps_surveys_without_answers()
    {
        var records = Answers.Records(11, 1, 1, 6, 0, 4, surveyId: 1)
            .Concat(Answers.Records(11, 1, 1, 9, 0, 1, surveyId: 3))
            .Concat(Answers.Records(12, 1, 1, 0, 0, 10, surveyId: 3))
            .ToList();

        var overall = SatisfactionRate.Trend(records, [1, 2, 3], minimumSample: 5);
        var unit11 = SatisfactionRate.Trend(records, [1, 2, 3], minimumSample: 5, unitId: 11);

        Assert.Equal([1, 2, 3], overall.Select(p => p.SurveyId));
        Assert.Equal(0.6m, overall[0].Rate.Rate);
        Assert.True(overall[1].Rate.SampleInsufficient);
        Assert.Equal(0.45m, overall[2].Rate.Rate);
        Assert.Equal(0.9m, unit11[2].Rate.Rate);
    }

    [Fact]
    public void Answer_scale_reads_in_Chinese()
    {
        Assert.Equal(["满意", "基本满意", "不满意", "不了解"], AnswerNames.Scale.Select(a => a.ToChinese()));
    }

    [Fact]
    public void Minimum_sample_counts_respondents_not_answers()
    {
        // One questionnaire of 7 answers is one respondent: with a minimum of 5 there is no rate, whatever 7 says.
        var oneQuestionnaire = Enumerable.Range(1, 7).Select(q => new AnswerRecord(1, 11, 1, q, Answer.Dissatisfied));
        var one = SatisfactionRate.Overall(oneQuestionnaire, minimumSample: 5);

        Assert.Equal((7, 1), (one.Denominator, one.Respondents));
        Assert.True(one.SampleInsufficient);
        Assert.Equal("样本不足", one.Display);

        // Five questionnaires reach it; 不了解 answers still count the questionnaire, not the rate.
        var five = Enumerable.Range(1, 5).SelectMany(r => Enumerable.Range(1, 7).Select(q => new AnswerRecord(1, 11, 1, q, q == 7 ? Answer.DontKnow : Answer.Satisfied)));
        var enough = SatisfactionRate.Overall(five, minimumSample: 5);
        Assert.Equal((5, 30, 1m), (enough.Respondents, enough.Denominator, enough.Rate!.Value));

        // The same rule from grouped counts (what the store returns) and per unit.
        var tallies = new[] { new AnswerTally(1, 1, Answer.Satisfied, 3), new AnswerTally(1, 1, Answer.DontKnow, 2), new AnswerTally(1, 2, Answer.Dissatisfied, 5) };
        Assert.Equal(5, SatisfactionRate.FromTallies(tallies, 5).Respondents);
        Assert.Equal(1, SatisfactionRate.ByUnit(oneQuestionnaire, 5)[11].Respondents);
    }
}
