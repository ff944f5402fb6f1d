using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Events;

public class SatisfactionEventTests
{
    private static readonly FixedClock During = Clocks.AtChina(2014, 6, 10, 10, 15);

    [Fact]
    public void Creating_a_survey_raises_only_SurveyCreated_not_one_event_per_default_question()
    {
        var survey = new SurveyBuilder().Build();

        Assert.Equal("创建满意度测评“2014年机关作风满意度测评”", Assert.IsType<SurveyCreated>(Assert.Single(survey.DomainEvents)).Summary);
    }

    [Fact]
    public void Several_setting_changes_in_one_save_raise_one_SurveyEdited()
    {
        var survey = new SurveyBuilder().Build();
        survey.ClearDomainEvents();

        survey.Rename("机关作风测评");
        survey.SetMinimumSample(20);
        survey.SetUnitsSeeOwnRatesBeforeClose(true);

        Assert.Equal("修改测评设置：机关作风测评", Assert.IsType<SurveyEdited>(Assert.Single(survey.DomainEvents)).Summary);
    }

    [Fact]
    public void Opening_and_closing_by_schedule_raise_their_events()
    {
        var survey = new SurveyBuilder().Build();
        survey.ClearDomainEvents();

        Assert.True(survey.OpenIfDue(During));
        Assert.True(survey.CloseIfDue(Clocks.AtChina(2014, 7, 1)));

        Assert.Collection(
            survey.DomainEvents,
            e => Assert.Equal("测评“2014年机关作风满意度测评”按计划开始", Assert.IsType<SurveyOpened>(e).Summary),
            e => Assert.True(Assert.IsType<SurveyClosed>(e).BySchedule));
    }

    [Fact]
    public void Generating_codes_records_one_batch()
    {
        var survey = new SurveyBuilder().Build();

        var codes = ResponseCode.Generate(survey, 12, survey.RespondentGroups[0].Number, 30, ActorBuilder.Office(), During);

        var generated = Assert.IsType<ResponseCodesGenerated>(Assert.Single(codes.SelectMany(c => c.DomainEvents)));
        Assert.Equal("生成答题码30个", generated.Summary);
        Assert.Equal(12, generated.UnitId);
    }

    [Fact]
    public void Answering_online_raises_SurveyAnswered_naming_only_the_survey_and_unit()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var code = ResponseCode.Generate(survey, 11, survey.RespondentGroups[0].Number, 1, ActorBuilder.Office(), During)[0];

        var response = SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.Satisfied), During);

        var answered = Assert.IsType<SurveyAnswered>(Assert.Single(response.DomainEvents));
        Assert.Equal(("收到一份网上测评答卷", 11), (answered.Summary, answered.UnitId));
    }
}
