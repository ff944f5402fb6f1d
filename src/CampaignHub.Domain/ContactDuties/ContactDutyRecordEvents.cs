using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// Something that happened to one of a unit's contact-duty records beyond activities and receptions — research
/// plans and reports, research exchanges, rural points, 三送 and 结对共建. The feed names the unit first.
/// </summary>
public interface IContactDutyRecordEvent : IDomainEvent
{
    int UnitId { get; }

    int EntityId { get; }
}

public sealed record ResearchPlanFiled(ResearchPlan Plan) : IContactDutyRecordEvent
{
    public int UnitId => Plan.UnitId;

    public int EntityId => Plan.Id;

    public string Summary => $"报送{Plan.Year}年度调研计划（{Plan.Topics.Count}个课题）";
}

public sealed record ResearchReportFiled(ResearchPlan Plan, ResearchTopic Topic) : IContactDutyRecordEvent
{
    public int UnitId => Plan.UnitId;

    public int EntityId => Plan.Id;

    public string Summary => $"提交调研报告《{Topic.ReportTitle}》";
}

public sealed record ResearchExchangeHeld(ResearchExchange Exchange) : IContactDutyRecordEvent
{
    public int UnitId => Exchange.UnitId;

    public int EntityId => Exchange.Id;

    public string Summary => $"召开{Exchange.Year}年度调研成果讨论交流会";
}

public sealed record RuralPointDesignated(RuralPoint Point) : IContactDutyRecordEvent
{
    public int UnitId => Point.UnitId;

    public int EntityId => Point.Id;

    public string Summary => $"确定{Point.Year}年农村联系点{Point.VillageName}";
}

public sealed record RuralPointContributionRecorded(RuralPoint Point, RuralPointContribution Contribution) : IContactDutyRecordEvent
{
    public int UnitId => Point.UnitId;

    public int EntityId => Point.Id;

    public string Summary => $"为{Point.VillageName}{Contribution.Text}";
}

public sealed record ThreeSendsRecorded(ThreeSendsRecord Record) : IContactDutyRecordEvent
{
    public int UnitId => Record.UnitId;

    public int EntityId => Record.Id;

    public string Summary => $"{Record.Kind.ToChinese()}到{Record.RecipientName}";
}

public sealed record PartyPairingFormed(PartyPairing Pairing) : IContactDutyRecordEvent
{
    public int UnitId => Pairing.OfficeUnitId;

    public int EntityId => Pairing.Id;

    public string Summary => $"{Pairing.OfficeOrganisationName}与{Pairing.RuralOrganisationName}结对共建";
}

public sealed record JointActivityRecorded(PartyPairing Pairing, JointActivity Activity) : IContactDutyRecordEvent
{
    public int UnitId => Pairing.OfficeUnitId;

    public int EntityId => Pairing.Id;

    public string Summary => $"与{Pairing.RuralOrganisationName}开展共建活动";
}

public sealed record PartyPairingEnded(PartyPairing Pairing) : IContactDutyRecordEvent
{
    public int UnitId => Pairing.OfficeUnitId;

    public int EntityId => Pairing.Id;

    public string Summary => $"结束与{Pairing.RuralOrganisationName}的结对共建";
}
