using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Opinions;

/// <summary>Something that happened to an opinion in the pipeline.</summary>
public abstract record OpinionEvent(Opinion Opinion, string Summary) : IDomainEvent;

public sealed record OpinionEntered(Opinion Opinion) : OpinionEvent(Opinion, "录入群众意见");

public sealed record OpinionSubmittedByPublic(Opinion Opinion) : OpinionEvent(Opinion, "群众网上提交意见");

public sealed record OpinionClaimed(Opinion Opinion) : OpinionEvent(Opinion, "认领意见");

public sealed record OpinionEscalated(Opinion Opinion) : OpinionEvent(Opinion, "根子在上，上报上级认领");

public sealed record OpinionUnlinkedFromRectification(Opinion Opinion) : OpinionEvent(Opinion, "取消关联整改事项");

public sealed record OpinionAnswered(Opinion Opinion) : OpinionEvent(Opinion, "答复意见");

public sealed record OpinionClosed(Opinion Opinion) : OpinionEvent(Opinion, "办结意见");
