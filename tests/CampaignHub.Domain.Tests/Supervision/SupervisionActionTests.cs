using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.SupervisionActionBuilder;

namespace CampaignHub.Domain.Tests.Supervision;

/// <summary>Typed supervision actions (审阅方案材料, 抽查, 列席会议, 回头看) and their findings followed to a close.</summary>
public class SupervisionActionTests
{
    [Theory]
    [InlineData(SupervisionActionType.ReviewMaterials, "审阅方案材料", "审阅的方案材料")]
    [InlineData(SupervisionActionType.SpotCheck, "抽查", "抽查的内容")]
    [InlineData(SupervisionActionType.AttendMeeting, "列席会议", "列席的会议")]
    [InlineData(SupervisionActionType.LookBack, "回头看", "回头看的事项")]
    public void Each_action_type_has_its_name_and_says_what_was_examined(SupervisionActionType type, string name, string label)
    {
        var action = new SupervisionActionBuilder().OfType(type).Examining("实施方案").Finding("问题清单不具体").Build();

        Assert.Equal(type, action.Type);
        Assert.Equal(name, type.ToChinese());
        Assert.Equal(label, type.ExaminedLabel());
        Assert.Equal("实施方案", action.Examined);
        Assert.Equal(FindingStatus.Open, Assert.Single(action.Findings).Status);
        Assert.IsType<SupervisionActionRecorded>(Assert.Single(action.DomainEvents));
    }

    [Fact]
    public void Only_a_member_of_the_units_supervision_group_records_a_spot_check()
    {
        var otherGroup = ActorBuilder.SupervisorOf(OtherStreet);

        var error = Assert.Throws<AccessDeniedException>(() => new SupervisionActionBuilder().AtUnit(Community).Build(otherGroup));

        Assert.Equal("只有督导该单位的督导组成员可以记录督导活动", error.Message);
        Assert.Throws<AccessDeniedException>(() => new SupervisionActionBuilder().Build(ActorBuilder.Office()));
        Assert.Throws<AccessDeniedException>(() => new SupervisionActionBuilder().Build(ActorBuilder.Coordinator(Community)));
        Assert.Equal(Community, new SupervisionActionBuilder().AtUnit(Community).Build(GroupMember()).UnitId);
    }

    [Fact]
    public void Supervision_date_lies_inside_the_campaign_and_not_in_the_future()
    {
        var before = Assert.Throws<DomainException>(() => new SupervisionActionBuilder().On(new DateOnly(2014, 3, 20)).Build());
        var future = Assert.Throws<DomainException>(() => new SupervisionActionBuilder().On(new DateOnly(2014, 4, 11)).Build());

        Assert.Equal("督导日期必须在活动期间内（2014-03-26至2014-06-30）", before.Message);
        Assert.Equal("督导日期不能晚于今天", future.Message);
    }

    [Fact]
    public void What_was_examined_is_required_in_the_words_of_the_type()
    {
        var error = Assert.Throws<DomainException>(() => new SupervisionActionBuilder().OfType(SupervisionActionType.AttendMeeting).Examining(" ").Build());

        Assert.Equal("列席的会议不能为空", error.Message);
    }

    [Fact]
    public void A_finding_goes_from_open_to_responded_to_closed()
    {
        var action = Responded(new SupervisionActionBuilder().Finding("午间无人值守").Build());
        Assert.Equal(FindingStatus.Responded, action.Findings[0].Status);
        Assert.Equal("待验收", action.Findings[0].StatusText);

        action.CloseFinding(1, "已现场核实", GroupMember(), Tree, Clock());

        var finding = action.Findings[0];
        Assert.Equal(FindingStatus.Closed, finding.Status);
        Assert.Equal("已现场核实", finding.CloseNote);
        Assert.True(action.IsClosed);
        Assert.Equal("已办结", action.StatusText);
    }

    [Fact]
    public void A_returned_finding_is_open_again_with_its_reason_until_the_unit_answers_again()
    {
        var action = Responded(new SupervisionActionBuilder().Finding("午间无人值守").Build());

        Assert.Equal("退回原因不能为空", Assert.Throws<DomainException>(() => action.ReturnFinding(1, "", GroupMember(), Tree, Clock())).Message);
        action.ReturnFinding(1, "值班表未上墙", GroupMember(), Tree, Clock());

        Assert.Equal(FindingStatus.Open, action.Findings[0].Status);
        Assert.Equal("已退回", action.Findings[0].StatusText);
        Assert.Equal("值班表未上墙", action.Findings[0].ReturnReason);
        Responded(action);
        Assert.Null(action.Findings[0].ReturnReason);
        Assert.Equal(1, action.Findings[0].Returns);
    }

    [Fact]
    public void The_group_closes_only_a_finding_the_unit_has_answered()
    {
        var action = new SupervisionActionBuilder().Finding("午间无人值守").Build();

        var answer = action.WhyCannot(FindingAction.Close, 1, GroupMember(), Tree);
        var error = Assert.Throws<DomainException>(() => action.CloseFinding(1, null, GroupMember(), Tree, Clock()));

        Assert.Equal(RefusalKind.NotApplicable, answer.Refusal);
        Assert.Equal("单位尚未反馈整改情况", error.Message);
    }

    [Fact]
    public void A_coordinator_of_the_unit_or_of_a_unit_above_it_answers_a_finding()
    {
        var action = new SupervisionActionBuilder().AtUnit(Community).Finding("台账不全").Finding("公示不及时").Build();

        action.RespondToFinding(1, "已补齐台账", ActorBuilder.Coordinator(Street), Tree, Clock());

        Assert.Equal(FindingStatus.Responded, action.Findings[0].Status);
        Assert.True(action.WhyCannot(FindingAction.Respond, 2, ActorBuilder.Coordinator(Community), Tree).IsAllowed);
        var stranger = Assert.Throws<AccessDeniedException>(() => action.RespondToFinding(2, "已公示", ActorBuilder.Coordinator(OtherStreet), Tree, Clock()));
        Assert.Equal("只有被督导单位（或其上级单位）的联络员可以反馈整改情况", stranger.Message);
        Assert.Throws<AccessDeniedException>(() => action.RespondToFinding(2, "已公示", GroupMember(), Tree, Clock()));
    }

    [Fact]
    public void Only_a_member_of_the_units_supervision_group_closes_a_finding()
    {
        var action = Responded(new SupervisionActionBuilder().Finding("午间无人值守").Build());

        var answer = action.WhyCannot(FindingAction.Close, 1, ActorBuilder.SupervisorOf(OtherStreet), Tree);

        Assert.Equal(RefusalKind.NotPermitted, answer.Refusal);
        Assert.Throws<AccessDeniedException>(() => action.CloseFinding(1, null, ActorBuilder.SupervisorOf(OtherStreet), Tree, Clock()));
        Assert.Throws<AccessDeniedException>(() => action.CloseFinding(1, null, ActorBuilder.Coordinator(Community), Tree, Clock()));
    }

    [Fact]
    public void Look_back_is_not_closed_while_a_finding_is_open()
    {
        var lookBack = new SupervisionActionBuilder().LookBack().Finding("整改事项未按期销号").Finding("群众知晓率低").Build();
        Responded(lookBack);
        lookBack.CloseFinding(1, null, GroupMember(), Tree, Clock());

        var answer = lookBack.WhyCannot(SupervisionActionStep.ConcludeLookBack, GroupMember());

        Assert.False(lookBack.IsClosed);
        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Equal("还有1个发现问题未办结，不能办结回头看", answer.Reason);
        Assert.Throws<DomainException>(() => lookBack.ConcludeLookBack(GroupMember(), Clock()));
        Assert.Equal("跟踪中（1个问题未办结）", lookBack.StatusText);
    }

    [Fact]
    public void Look_back_closes_when_concluded_after_every_finding_is_closed()
    {
        var lookBack = Responded(new SupervisionActionBuilder().LookBack().Finding("整改事项未按期销号").Build());
        lookBack.CloseFinding(1, null, GroupMember(), Tree, Clock());
        Assert.False(lookBack.IsClosed);

        lookBack.ConcludeLookBack(GroupMember(), Clock());

        Assert.True(lookBack.IsClosed);
        Assert.IsType<LookBackConcluded>(lookBack.DomainEvents.Last());
        Assert.Equal("回头看已办结，不能再补充发现问题", Assert.Throws<DomainException>(() => lookBack.AddFinding("新问题", GroupMember(), Clock())).Message);
    }

    [Fact]
    public void Only_a_look_back_is_concluded()
    {
        var spotCheck = new SupervisionActionBuilder().Build();

        Assert.True(spotCheck.IsClosed);
        Assert.Equal(RefusalKind.NotApplicable, spotCheck.WhyCannot(SupervisionActionStep.ConcludeLookBack, GroupMember()).Refusal);
    }

    [Fact]
    public void A_later_finding_reopens_a_spot_check_until_it_is_closed()
    {
        var spotCheck = new SupervisionActionBuilder().Build();

        spotCheck.AddFinding("档案资料缺少照片", GroupMember(), Clock());

        Assert.False(spotCheck.IsClosed);
        Assert.Equal(1, spotCheck.Findings[0].Number);
        Assert.IsType<SupervisionFindingAdded>(spotCheck.DomainEvents.Last());
        Assert.Throws<AccessDeniedException>(() => spotCheck.AddFinding("问题", ActorBuilder.SupervisorOf(OtherStreet), Clock()));
    }

    [Fact]
    public void An_unknown_finding_is_not_found()
    {
        var action = new SupervisionActionBuilder().Finding("问题").Build();

        Assert.Equal("找不到该发现问题", Assert.Throws<NotFoundException>(() => action.RespondToFinding(5, "已整改", ActorBuilder.Coordinator(Community), Tree, Clock())).Message);
    }

    [Fact]
    public void Every_step_of_a_finding_raises_its_event()
    {
        var action = Responded(new SupervisionActionBuilder().Finding("问题").Build());
        action.ReturnFinding(1, "不完整", GroupMember(), Tree, Clock());
        Responded(action);
        action.CloseFinding(1, null, GroupMember(), Tree, Clock());

        Assert.Equal(
            [typeof(SupervisionActionRecorded), typeof(SupervisionFindingResponded), typeof(SupervisionFindingReturned), typeof(SupervisionFindingResponded), typeof(SupervisionFindingClosed)],
            action.DomainEvents.Select(e => e.GetType()).ToArray());
        Assert.Equal("记录督导活动：抽查，发现问题1个", action.DomainEvents.First().Summary);
    }
}
