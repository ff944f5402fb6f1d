using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.PublicOversight;

/// <summary>群众义务监督员: who appoints them, what they may see and file on, and for how long.</summary>
public class VolunteerSupervisorTests
{
    private static readonly UnitTree Tree = DemoTree.Build();
    private static readonly Actor Office = ActorBuilder.Office();

    [Fact]
    public void Volunteer_files_an_observation_that_sits_with_the_unit_under_their_name()
    {
        var volunteer = OversightBuilder.OverTheStreet();

        var opinion = Opinion.FiledByVolunteer(DemoTree.CampaignId, volunteer, DemoTree.Street, OversightBuilder.PublicItemOf(DemoTree.Street), OpinionCategory.Formalism, "公示栏两周没有更新", OversightBuilder.Clock());

        Assert.Equal(OpinionSource.Volunteer, opinion.Source);
        Assert.Equal(OpinionStatus.New, opinion.Status);
        Assert.Equal(DemoTree.Street, OpinionAccess.CurrentUnitOf(opinion));
        Assert.Equal("刘桂兰", opinion.RaisedByName);
        Assert.Equal(new DateOnly(2014, 4, 10), opinion.RaisedOn);
        Assert.True(opinion.IsFiledBy(volunteer));
        Assert.Equal(31, opinion.ObservedItemId);
        Assert.Contains(opinion.DomainEvents, e => e is OpinionFiledByVolunteer);
    }

    [Fact]
    public void Volunteer_cannot_file_on_a_unit_they_do_not_oversee()
    {
        var volunteer = OversightBuilder.OverTheStreet();

        var error = Assert.Throws<AccessDeniedException>(() =>
            Opinion.FiledByVolunteer(DemoTree.CampaignId, volunteer, DemoTree.Agency, null, OpinionCategory.Other, "窗口排队时间长", OversightBuilder.Clock()));

        Assert.Equal("您不是该单位的义务监督员，不能查看或监督该单位的事项", error.Message);
    }

    [Fact]
    public void Volunteer_does_not_oversee_the_units_below_their_unit()
    {
        var volunteer = OversightBuilder.OverTheStreet();

        Assert.False(volunteer.WhyCannotWatch(DemoTree.Community, OversightBuilder.Clock().Today).IsAllowed);
        Assert.True(volunteer.WhyCannotWatch(DemoTree.Street, OversightBuilder.Clock().Today).IsAllowed);
    }

    [Fact]
    public void Ended_volunteer_cannot_file()
    {
        var volunteer = OversightBuilder.OverTheStreet();
        volunteer.EndAppointment(new DateOnly(2014, 4, 8), "迁居外地", Office, OversightBuilder.Clock(4, 8));

        var error = Assert.Throws<AccessDeniedException>(() =>
            Opinion.FiledByVolunteer(DemoTree.CampaignId, volunteer, DemoTree.Street, null, OpinionCategory.Other, "楼道灯坏了", OversightBuilder.Clock(4, 8)));

        Assert.Equal("您的义务监督员聘期已于2014年4月8日结束，不能再登录", error.Message);
    }

    [Fact]
    public void Ended_volunteer_cannot_sign_in_from_the_end_day_on()
    {
        var volunteer = OversightBuilder.OverTheStreet();
        volunteer.EndAppointment(new DateOnly(2014, 4, 12), "任期届满", Office, OversightBuilder.Clock(4, 10));

        Assert.Null(volunteer.WhyCannotSignIn(new DateOnly(2014, 4, 11)));
        Assert.NotNull(volunteer.WhyCannotSignIn(new DateOnly(2014, 4, 12)));
        Assert.Equal(VolunteerStanding.Ended, volunteer.StandingOn(new DateOnly(2014, 4, 12)));
    }

    [Fact]
    public void Volunteer_cannot_sign_in_before_the_appointment_day()
    {
        var volunteer = OversightBuilder.OverTheStreet();

        Assert.Equal("您的义务监督员聘期自2014年3月20日开始，届时方可登录", volunteer.WhyCannotSignIn(new DateOnly(2014, 3, 19)));
        Assert.Equal(VolunteerStanding.NotYetAppointed, volunteer.StandingOn(new DateOnly(2014, 3, 19)));
    }

    [Fact]
    public void Observation_on_another_units_item_is_not_found()
    {
        var volunteer = OversightBuilder.OverTheStreet();

        Assert.Throws<NotFoundException>(() =>
            Opinion.FiledByVolunteer(DemoTree.CampaignId, volunteer, DemoTree.Street, OversightBuilder.PublicItemOf(DemoTree.Agency), OpinionCategory.Other, "进度不实", OversightBuilder.Clock()));
    }

    [Fact]
    public void Observation_on_an_item_not_disclosed_is_not_found()
    {
        var volunteer = OversightBuilder.OverTheStreet();
        var hidden = OversightBuilder.PublicItemOf(DemoTree.Street) with { IsPublic = false };

        Assert.Throws<NotFoundException>(() =>
            Opinion.FiledByVolunteer(DemoTree.CampaignId, volunteer, DemoTree.Street, hidden, OpinionCategory.Other, "进度不实", OversightBuilder.Clock()));
    }

    [Fact]
    public void Only_the_office_appoints_volunteers()
    {
        var details = new VolunteerDetails("周德福", "13913876521", null, OversightBuilder.Appointed, [DemoTree.Street]);

        Assert.Throws<AccessDeniedException>(() => VolunteerSupervisor.Appoint(DemoTree.CampaignId, details, ActorBuilder.Coordinator(DemoTree.Street), Tree, OversightBuilder.Clock()));
    }

    [Fact]
    public void Volunteer_must_oversee_at_least_one_known_unit()
    {
        var none = new VolunteerDetails("周德福", "13913876521", null, OversightBuilder.Appointed, []);
        var unknown = none with { UnitIds = [999] };

        Assert.Equal("请选择义务监督员监督的单位", Assert.Throws<DomainException>(() => VolunteerSupervisor.Appoint(DemoTree.CampaignId, none, Office, Tree, OversightBuilder.Clock())).Message);
        Assert.Throws<NotFoundException>(() => VolunteerSupervisor.Appoint(DemoTree.CampaignId, unknown, Office, Tree, OversightBuilder.Clock()));
    }

    [Fact]
    public void Volunteer_phone_must_be_a_phone_number()
    {
        var details = new VolunteerDetails("周德福", "打电话给我", null, OversightBuilder.Appointed, [DemoTree.Street]);

        Assert.Equal("联系电话格式不正确", Assert.Throws<DomainException>(() => VolunteerSupervisor.Appoint(DemoTree.CampaignId, details, Office, Tree, OversightBuilder.Clock())).Message);
    }

    [Fact]
    public void Volunteer_phone_is_masked_on_lists()
    {
        Assert.Equal("138****2046", VolunteerPrivacy.MaskedPhone(OversightBuilder.OverTheStreet()));
    }

    [Fact]
    public void Appointment_ends_after_it_began_and_only_once()
    {
        var volunteer = OversightBuilder.OverTheStreet();

        Assert.Equal("聘期结束日期须晚于聘任日期", Assert.Throws<DomainException>(() => volunteer.EndAppointment(OversightBuilder.Appointed, "错误", Office, OversightBuilder.Clock(3, 20))).Message);
        volunteer.EndAppointment(new DateOnly(2014, 4, 10), "迁居外地", Office, OversightBuilder.Clock());
        Assert.Equal("该义务监督员的聘期已经结束", Assert.Throws<DomainException>(() => volunteer.EndAppointment(new DateOnly(2014, 4, 11), "再次", Office, OversightBuilder.Clock())).Message);
    }

    [Fact]
    public void Volunteer_gets_one_account_and_none_after_the_appointment_ended()
    {
        var volunteer = OversightBuilder.OverTheStreet();
        Assert.Equal("刘桂兰已有登录账号", Assert.Throws<DomainException>(() => volunteer.AttachAccount("liu2", Office, OversightBuilder.Clock())).Message);

        var ended = VolunteerSupervisor.Appoint(DemoTree.CampaignId, new VolunteerDetails("马秀珍", "13770598314", null, OversightBuilder.Appointed, [DemoTree.Agency]), Office, Tree, OversightBuilder.Clock(3, 20));
        ended.EndAppointment(new DateOnly(2014, 4, 8), "迁居外地", Office, OversightBuilder.Clock(4, 8));
        Assert.Throws<DomainException>(() => ended.AttachAccount("maxiuzhen", Office, OversightBuilder.Clock(4, 10)));
    }

    [Fact]
    public void Staff_cannot_enter_an_opinion_as_a_volunteers_observation()
    {
        var error = Assert.Throws<DomainException>(() => Opinion.Enter(DemoTree.CampaignId, OpinionSource.Volunteer, OpinionCategory.Other, "代填", OversightBuilder.Clock().Today, null, null, DemoTree.Street, Office, Tree, OversightBuilder.Clock()));

        Assert.Equal("义务监督员的监督意见由监督员本人提交", error.Message);
    }
}
