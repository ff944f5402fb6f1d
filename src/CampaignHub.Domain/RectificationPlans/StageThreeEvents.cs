using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.RectificationPlans;

/// <summary>
/// Something that happened in a unit's 整改落实、建章立制 (its plan or measures, its rules register) or to its
/// concentrated education period; the feed reads the campaign and unit from it.
/// </summary>
public interface IStageThreeEvent : IDomainEvent
{
    int CampaignId { get; }

    int UnitId { get; }

    /// <summary>The aggregate's id, read after the save.</summary>
    int EntityId { get; }
}

public abstract record RectificationPlanEvent(RectificationPlan Plan, string What) : IStageThreeEvent
{
    public string Summary => $"{What}：{Plan.Title}";

    public int CampaignId => Plan.CampaignId;

    public int UnitId => Plan.UnitId;

    public int EntityId => Plan.Id;
}

public sealed record RectificationPlanFiled(RectificationPlan Plan) : RectificationPlanEvent(Plan, $"制定{Plan.Kind.ToChinese()}");

public sealed record RectificationPlanRevised(RectificationPlan Plan) : RectificationPlanEvent(Plan, $"修改{Plan.Kind.ToChinese()}");

public sealed record RectificationPlanItemLinked(RectificationPlan Plan, string ItemTitle, bool Created)
    : RectificationPlanEvent(Plan, Created ? $"从{Plan.Kind.ToChinese()}新增整改事项“{ItemTitle}”" : $"关联整改事项“{ItemTitle}”到{Plan.Kind.ToChinese()}");

public sealed record RectificationPlanItemUnlinked(RectificationPlan Plan) : RectificationPlanEvent(Plan, $"取消{Plan.Kind.ToChinese()}关联的整改事项");

public sealed record RectificationPlanCommented(RectificationPlan Plan, PlanComment Comment) : RectificationPlanEvent(Plan, $"{Comment.ByRole}对{Plan.Kind.ToChinese()}提出意见");
