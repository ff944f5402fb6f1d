using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

/// <summary>What the survey pages offer comes from <see cref="SatisfactionSurvey.WhyCannot"/>; the verbs refuse with the same answers.</summary>
public class SurveyActionTests
{
    private static readonly FixedClock During = Clocks.AtChina(2014, 6, 2, 9);

    [Fact]
    public void Only_the_office_runs_a_survey_and_others_are_not_offered_its_actions()
    {
        var survey = new SurveyBuilder().Build();

        foreach (var actor in new[] { ActorBuilder.Coordinator(10), ActorBuilder.Leader(), ActorBuilder.Supervisor() })
        {
            foreach (var action in Enum.GetValues<SurveyAction>())
            {
                var answer = survey.WhyCannot(action, actor);
                Assert.Equal(RefusalKind.NotPermitted, answer.Refusal);
                Assert.False(answer.Offered);
            }

            Assert.Equal("只有活动办可以开启测评", Assert.Throws<AccessDeniedException>(() => survey.Open(actor, During)).Message);
            Assert.False(SurveyRules.WhyCannotManage(actor).IsAllowed);
            Assert.False(SurveyRules.WhyCannotSeeCodes(actor).IsAllowed);
            Assert.False(SurveyRules.WhyCannotSetThreshold(actor).IsAllowed);
        }

        Assert.True(SurveyRules.WhyCannotManage(ActorBuilder.Office()).IsAllowed);
    }

    [Fact]
    public void A_draft_may_be_opened_and_edited_but_not_closed_and_takes_no_paper_answers()
    {
        var survey = new SurveyBuilder().Build();
        var office = ActorBuilder.Office();

        Assert.True(survey.WhyCannot(SurveyAction.Open, office).IsAllowed);
        Assert.True(survey.WhyCannot(SurveyAction.EditQuestions, office).IsAllowed);
        Assert.True(survey.WhyCannot(SurveyAction.EditTargets, office).IsAllowed);
        Assert.True(survey.WhyCannot(SurveyAction.EditOpeningTime, office).IsAllowed);
        Assert.True(survey.WhyCannot(SurveyAction.GenerateCodes, office).IsAllowed);
        Assert.Equal(RefusalKind.NotApplicable, survey.WhyCannot(SurveyAction.Close, office).Refusal);
        Assert.Equal(ActionAnswer.Blocked("测评尚未开始，不能导入纸质问卷"), survey.WhyCannot(SurveyAction.ImportPaper, office));
    }

    [Fact]
    public void A_draft_without_questions_offers_open_disabled_with_the_reason_the_verb_gives()
    {
        var survey = new SurveyBuilder().Build();
        foreach (var question in survey.Questions)
        {
            survey.RemoveQuestion(question.Number);
        }

        var answer = survey.WhyCannot(SurveyAction.Open, ActorBuilder.Office());

        Assert.Equal(ActionAnswer.Blocked("测评至少需要一道题目"), answer);
        Assert.True(answer.Offered);
        Assert.Equal(answer.Reason, Assert.Throws<DomainException>(() => survey.Open(ActorBuilder.Office(), During)).Message);
    }

    [Fact]
    public void An_open_survey_keeps_its_questions_groups_targets_and_opening_time_but_may_close_early()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var office = ActorBuilder.Office();

        Assert.True(survey.WhyCannot(SurveyAction.Close, office).IsAllowed);
        Assert.True(survey.WhyCannot(SurveyAction.EditSettings, office).IsAllowed);
        Assert.True(survey.WhyCannot(SurveyAction.ImportPaper, office).IsAllowed);
        Assert.Equal(RefusalKind.NotApplicable, survey.WhyCannot(SurveyAction.Open, office).Refusal);
        Assert.Equal("只有草稿状态的测评才能修改题目", survey.WhyCannot(SurveyAction.EditQuestions, office).Reason);
        Assert.Equal("只有草稿状态的测评才能修改参评群体", survey.WhyCannot(SurveyAction.EditGroups, office).Reason);
        Assert.Equal("只有草稿状态的测评才能修改测评对象", survey.WhyCannot(SurveyAction.EditTargets, office).Reason);
        Assert.Equal("测评已开始，只能调整截止时间", survey.WhyCannot(SurveyAction.EditOpeningTime, office).Reason);
        Assert.Equal("测评已开始，只能调整截止时间", Assert.Throws<DomainException>(() => survey.Reschedule(survey.OpensAt.AddDays(1), survey.ClosesAt)).Message);

        survey.Reschedule(survey.OpensAt, survey.ClosesAt.AddDays(1));
        Assert.Equal(SurveyBuilder.ClosesAt.AddDays(1), survey.ClosesAt);
    }

    [Fact]
    public void A_closed_survey_is_read_only_and_gets_no_new_codes()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var office = ActorBuilder.Office();
        survey.Close(office, During);

        Assert.Equal(ActionAnswer.Blocked("测评已结束，不能修改"), survey.WhyCannot(SurveyAction.EditSettings, office));
        Assert.Equal(ActionAnswer.Blocked("测评已结束，不能再生成答题码"), survey.WhyCannot(SurveyAction.GenerateCodes, office));
        Assert.Equal(RefusalKind.NotApplicable, survey.WhyCannot(SurveyAction.Close, office).Refusal);
        Assert.Equal("测评已结束，不能修改", Assert.Throws<DomainException>(() => survey.Rename("新名称")).Message);
        Assert.Equal("测评已结束，不能再生成答题码",
            Assert.Throws<DomainException>(() => ResponseCode.Generate(survey, survey.TargetUnitIds[0], 1, 1, office, During)).Message);
    }
}
