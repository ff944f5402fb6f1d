using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

/// <summary>
/// 双满意: the public's satisfaction with the change in conduct (作风转变) and with problems solved (问题解决), each one
/// question's rate, reported separately beside the overall figure; and a survey run by a named third party.
/// </summary>
public sealed class TwoSatisfactionsTests
{
    private static AnswerTally Tally(int question, Answer answer, int count) => new(1, question, answer, count);

    [Fact]
    public void A_new_survey_asks_one_conduct_change_and_one_problem_solving_question()
    {
        var survey = new SurveyBuilder().Build();

        var kinds = survey.TwoSatisfactionQuestions;

        Assert.Equal([QuestionKind.ConductChange, QuestionKind.ProblemSolving], kinds.Values.Order());
        Assert.Equal("作风转变是否满意", survey.Questions.Single(q => q.Kind == QuestionKind.ConductChange).Text);
        Assert.Equal("解决问题是否满意", survey.Questions.Single(q => q.Kind == QuestionKind.ProblemSolving).Text);
    }

    [Fact]
    public void Two_satisfactions_are_each_computed_from_their_own_question_only()
    {
        var survey = new SurveyBuilder().Build();
        var conduct = survey.Questions.Single(q => q.Kind == QuestionKind.ConductChange).Number;
        var solving = survey.Questions.Single(q => q.Kind == QuestionKind.ProblemSolving).Number;
        var dimension = survey.Questions.First(q => q.Kind == QuestionKind.Dimension).Number;

        var two = TwoSatisfactions.Of(
            [Tally(conduct, Answer.Satisfied, 9), Tally(conduct, Answer.Dissatisfied, 1), Tally(solving, Answer.Satisfied, 6), Tally(solving, Answer.Dissatisfied, 4), Tally(solving, Answer.DontKnow, 2), Tally(dimension, Answer.Dissatisfied, 10)],
            survey.TwoSatisfactionQuestions,
            minimumSample: 10);

        Assert.Equal(0.9m, two.ConductChange.Rate);
        Assert.Equal(0.6m, two.ProblemSolving.Rate);
        Assert.Equal(12, two.ProblemSolving.Respondents);
    }

    [Fact]
    public void A_satisfaction_below_the_minimum_sample_has_no_figure()
    {
        var survey = new SurveyBuilder().WithMinimumSample(20).Build();
        var conduct = survey.Questions.Single(q => q.Kind == QuestionKind.ConductChange).Number;

        var two = TwoSatisfactions.Of([Tally(conduct, Answer.Satisfied, 5)], survey.TwoSatisfactionQuestions, 20);

        Assert.Null(two.ConductChange.Rate);
        Assert.Null(two.ProblemSolving.Rate);
    }

    [Fact]
    public void District_two_satisfactions_are_weighted_by_respondents_as_the_headline_is()
    {
        var big = new TwoSatisfactionsResult(new RateResult(80, 0, 20, 0, 10, 100), new RateResult(50, 0, 50, 0, 10, 100));
        var small = new TwoSatisfactionsResult(new RateResult(10, 0, 0, 0, 10, 10), new RateResult(1, 0, 9, 0, 10, 10));
        var insufficient = new TwoSatisfactionsResult(new RateResult(0, 0, 3, 0, 10, 3), RateResult.Empty(10));

        var district = TwoSatisfactions.District([big, small, insufficient]);

        Assert.Equal(SatisfactionRate.Round(90m / 110), district.ConductChange);
        Assert.Equal(SatisfactionRate.Round(51m / 110), district.ProblemSolving);
        Assert.Equal("作风转变满意度 81.8% · 问题解决满意度 46.4%", district.Text);
    }

    [Fact]
    public void The_unit_headline_carries_the_two_satisfactions_of_the_survey_it_was_chosen_from()
    {
        var earlierTwo = new TwoSatisfactionsResult(new RateResult(9, 0, 1, 0, 5, 10), new RateResult(7, 0, 3, 0, 5, 10));
        var newerTooSmall = new TwoSatisfactionsResult(new RateResult(1, 0, 0, 0, 5, 1), new RateResult(0, 0, 1, 0, 5, 1));
        var earlier = new SurveyUnitResult(1, SurveyBuilder.OpensAt, false, new RateResult(90, 0, 10, 0, 5, 10)) { Two = earlierTwo };
        var newer = new SurveyUnitResult(2, SurveyBuilder.OpensAt.AddMonths(1), true, new RateResult(1, 0, 0, 0, 5, 1)) { Two = newerTooSmall };

        var headline = HeadlineSatisfaction.ForUnit(11, [earlier, newer]);

        Assert.Equal(1, headline.SurveyId);
        Assert.Same(earlierTwo, headline.Two);
    }

    [Fact]
    public void A_survey_has_one_question_per_satisfaction()
    {
        var survey = new SurveyBuilder().Build();

        var error = Assert.Throws<DomainException>(() => survey.AddQuestion("干部作风是否转变", QuestionKind.ConductChange));
        var dimension = survey.Questions.First(q => q.Kind == QuestionKind.Dimension).Number;
        Assert.Throws<DomainException>(() => survey.EditQuestion(dimension, "服务大局", QuestionKind.ProblemSolving));

        Assert.Equal("每份测评只能有一道“双满意：作风转变”题", error.Message);
    }

    [Fact]
    public void A_survey_run_by_a_third_party_names_it_and_the_name_can_be_cleared()
    {
        var survey = new SurveyBuilder().Build();

        survey.AssignThirdParty("  南京市社情民意调查中心 ");
        Assert.Equal("南京市社情民意调查中心", survey.ThirdPartyName);
        Assert.Throws<DomainException>(() => survey.AssignThirdParty(new string('第', SatisfactionSurvey.MaxThirdPartyNameLength + 1)));

        survey.AssignThirdParty(" ");
        Assert.Null(survey.ThirdPartyName);
    }

    [Fact]
    public void A_closed_surveys_third_party_can_no_longer_be_changed()
    {
        var survey = new SurveyBuilder().Opened().Build();
        survey.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 10));

        Assert.Throws<DomainException>(() => survey.AssignThirdParty("另一家机构"));
    }
}
