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
