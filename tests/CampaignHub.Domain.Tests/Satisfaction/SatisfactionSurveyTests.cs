using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

public class SatisfactionSurveyTests
{
    [Fact]
    public void A_new_survey_has_the_five_dimensions_and_the_two_satisfactions()
    {
        var survey = new SurveyBuilder().Build();

        Assert.Equal(
            ["服务大局", "工作质量", "服务态度", "干部作风", "机关形象", "作风转变是否满意", "解决问题是否满意"],
            survey.Questions.Select(q => q.Text));
        Assert.Equal(5, survey.Questions.Count(q => q.Kind == QuestionKind.Dimension));
        Assert.Equal(SurveyStatus.Draft, survey.Status);
        Assert.False(survey.UnitsSeeOwnRatesBeforeClose);
    }

    [Fact]
    public void A_new_survey_has_the_thirteen_respondent_groups_of_004()
    {
        var survey = new SurveyBuilder().Build();

        Assert.Equal(13, survey.RespondentGroups.Count);
        Assert.Equal("党代表", survey.RespondentGroups[0].Name);
        Assert.Equal("党风廉政建设特邀监督员", survey.RespondentGroups[^1].Name);
        Assert.Contains(survey.RespondentGroups, g => g.Name == "个体工商户");
    }

    [Fact]
    public void Questions_and_groups_are_editable_while_draft_only()
    {
        var survey = new SurveyBuilder().Build();
        var extra = survey.AddQuestion("办事效率", QuestionKind.Dimension);
        survey.MoveQuestion(extra.Number, 1);
        survey.RemoveRespondentGroup(survey.RespondentGroups[0].Number);
        survey.RenameRespondentGroup(survey.RespondentGroups[0].Number, "各级人大代表");

        Assert.Equal("办事效率", survey.Questions[0].Text);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], survey.Questions.Select(q => q.Order));
        Assert.Equal("各级人大代表", survey.RespondentGroups[0].Name);

        survey.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9));

        var error = Assert.Throws<DomainException>(() => survey.AddQuestion("新题", QuestionKind.Dimension));
        Assert.Equal("只有草稿状态的测评才能修改题目", error.Message);
    }

    [Fact]
    public void A_survey_cannot_open_without_a_question()
    {
        var survey = new SurveyBuilder().Build();
        foreach (var question in survey.Questions)
        {
            survey.RemoveQuestion(question.Number);
        }

        var error = Assert.Throws<DomainException>(() => survey.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9)));
        Assert.Equal("测评至少需要一道题目", error.Message);
    }

    [Fact]
    public void A_survey_cannot_open_without_a_target_unit_or_a_group()
    {
        var noTarget = new SurveyBuilder().ForUnits().Build();
        var noGroup = new SurveyBuilder().Build();
        foreach (var group in noGroup.RespondentGroups)
        {
            noGroup.RemoveRespondentGroup(group.Number);
        }

        Assert.Equal("测评至少需要一个测评对象单位", Assert.Throws<DomainException>(() => noTarget.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9))).Message);
        Assert.Equal("测评至少需要一个参评群体", Assert.Throws<DomainException>(() => noGroup.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9))).Message);
    }

    [Fact]
    public void The_scheduler_opens_at_the_opening_time_and_closes_at_the_closing_time()
    {
        var survey = new SurveyBuilder().Build();
        var clock = Clocks.AtChina(2014, 6, 1, 7, 59);

        Assert.False(survey.OpenIfDue(clock));
        clock.Set(SurveyBuilder.OpensAt);
        Assert.True(survey.OpenIfDue(clock));
        Assert.Equal(SurveyStatus.Open, survey.Status);

        clock.Set(SurveyBuilder.ClosesAt.AddMinutes(-1));
        Assert.False(survey.CloseIfDue(clock));
        Assert.True(survey.IsAcceptingResponses(clock.UtcNow));
        clock.Set(SurveyBuilder.ClosesAt);
        Assert.False(survey.IsAcceptingResponses(clock.UtcNow));
        Assert.True(survey.CloseIfDue(clock));
        Assert.Equal(SurveyStatus.Closed, survey.Status);
    }

    [Fact]
    public void The_office_may_open_early_explicitly_and_only_the_office()
    {
        var survey = new SurveyBuilder().Build();
        var early = Clocks.AtChina(2014, 5, 30, 10);

        Assert.Throws<AccessDeniedException>(() => survey.Open(ActorBuilder.Supervisor(), early));
        survey.Open(ActorBuilder.Office(), early);

        Assert.Equal(SurveyStatus.Open, survey.Status);
        Assert.Equal(early.UtcNow, survey.OpensAt);
        Assert.Throws<DomainException>(() => survey.Open(ActorBuilder.Office(), early));
    }

    [Fact]
    public void Units_cannot_see_their_own_rate_before_close_but_leaders_see_it_live()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var during = Clocks.AtChina(2014, 6, 10).UtcNow;

        Assert.True(survey.CanSeeUnitRate(ActorBuilder.Leader(), 11, during));
        Assert.True(survey.CanSeeUnitRate(ActorBuilder.Office(), 11, during));
        Assert.False(survey.CanSeeUnitRate(ActorBuilder.Coordinator(11), 11, during));

        survey.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 20));

        Assert.True(survey.CanSeeUnitRate(ActorBuilder.Coordinator(11), 11, during));
        Assert.False(survey.CanSeeUnitRate(ActorBuilder.Coordinator(11), 12, during));
    }

    [Fact]
    public void A_survey_may_let_units_see_their_own_rate_while_open()
    {
        var survey = new SurveyBuilder().Build();
        survey.SetUnitsSeeOwnRatesBeforeClose(true);
        survey.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9));

        Assert.True(survey.CanSeeUnitRate(ActorBuilder.Coordinator(11), 11, Clocks.AtChina(2014, 6, 10).UtcNow));
    }

    [Fact]
    public void A_resurvey_targets_one_unit_of_the_original_and_copies_its_questions()
    {
        var original = new SurveyBuilder().Opened().Build();
        original.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 30, 18));

        var resurvey = SatisfactionSurvey.CreateResurvey(original, 12, "复测", SurveyBuilder.OpensAt.AddMonths(2), SurveyBuilder.ClosesAt.AddMonths(2), ActorBuilder.Office(), Clocks.AtChina(2014, 7, 1));

        Assert.True(resurvey.IsResurvey);
        Assert.Equal([12], resurvey.TargetUnitIds);
        Assert.Equal(original.Questions.Select(q => q.Text), resurvey.Questions.Select(q => q.Text));
        Assert.Throws<DomainException>(() => SatisfactionSurvey.CreateResurvey(original, 99, "复测", SurveyBuilder.OpensAt, SurveyBuilder.ClosesAt, ActorBuilder.Office(), Clocks.AtChina(2014, 7, 1)));
    }

    [Fact]
    public void A_supervisor_may_arrange_a_resurvey_but_a_coordinator_may_not()
    {
        var original = new SurveyBuilder().Opened().Build();
        original.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 30, 18));

        var resurvey = SatisfactionSurvey.CreateResurvey(original, 11, "复测", SurveyBuilder.OpensAt.AddMonths(2), SurveyBuilder.ClosesAt.AddMonths(2), ActorBuilder.Supervisor(), Clocks.AtChina(2014, 7, 1));

        Assert.Equal([11], resurvey.TargetUnitIds);
        Assert.Throws<AccessDeniedException>(() => SatisfactionSurvey.CreateResurvey(original, 11, "复测", SurveyBuilder.OpensAt.AddMonths(2), SurveyBuilder.ClosesAt.AddMonths(2), ActorBuilder.Coordinator(11), Clocks.AtChina(2014, 7, 1)));
    }

    [Fact]
    public void Closing_must_come_after_opening()
    {
        var error = Assert.Throws<DomainException>(() =>
            SatisfactionSurvey.Create(1, "测评", SurveyBuilder.ClosesAt, SurveyBuilder.OpensAt, [11], ActorBuilder.Office(), Clocks.AtChina(2014, 5, 1)));
        Assert.Equal("截止时间必须晚于开始时间", error.Message);
    }
}
