using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Rectification;

/// <summary>Something that happened to a rectification item. The summary ends with the item's title.</summary>
public abstract record RectificationEvent(RectificationItem Item, string What) : IDomainEvent
{
    public string Summary => $"{What}：{Item.Title}";

    /// <summary>Completing or verifying the item also gives its answer to every linked opinion.</summary>
    public virtual bool AnswersLinkedOpinions => false;
}

public sealed record RectificationItemCreated(RectificationItem Item) : RectificationEvent(Item, "新增整改事项");

/// <summary>The editor's fields (description, four haves, quick fix, theme, publicity, answer): one edit, one event.</summary>
public sealed record RectificationItemChanged(RectificationItem Item) : RectificationEvent(Item, "修改整改事项");

public sealed record RectificationStarted(RectificationItem Item) : RectificationEvent(Item, "开始整改");

public sealed record RectificationProgressed(RectificationItem Item, int Percent) : RectificationEvent(Item, $"整改进度 {Percent}%");

public sealed record RectificationEvidenceAdded(RectificationItem Item, string FileName) : RectificationEvent(Item, $"上传佐证材料：{FileName}");

public sealed record RectificationEvidenceRemoved(RectificationItem Item) : RectificationEvent(Item, "删除佐证材料");

public sealed record RectificationCompleted(RectificationItem Item) : RectificationEvent(Item, "整改完成")
{
    public override bool AnswersLinkedOpinions => true;
}

public sealed record RectificationVerified(RectificationItem Item) : RectificationEvent(Item, "整改验收")
{
    public override bool AnswersLinkedOpinions => true;
}

public sealed record RectificationReopened(RectificationItem Item) : RectificationEvent(Item, "重新整改");

public sealed record RectificationReopenReviewDecided(RectificationItem Item, bool Reopened) : RectificationEvent(Item, Reopened ? "复核：重新整改" : "复核：维持办结");

/// <summary>Opinions were grouped under the item (the opinions change; the item gains them).</summary>
public sealed record RectificationOpinionsLinked(RectificationItem Item, int OpinionCount) : IDomainEvent
{
    public string Summary => "关联群众意见";

    public string OpinionsSummary => $"{OpinionCount}条意见关联整改事项";
}

/// <summary>A member of the public rated a published, finished item (a rectification item or a commitment).</summary>
public sealed record PubliclyRated(IPubliclyRatable Item, PublicRating Rating) : IDomainEvent
{
    public string Summary => $"群众评价：{Rating.ToChinese()}";
}
