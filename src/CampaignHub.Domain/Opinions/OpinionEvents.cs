using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Opinions;

/// <summary>Something that happened to an opinion in the pipeline.</summary>
public abstract record OpinionEvent(Opinion Opinion, string Summary) : IDomainEvent;

public sealed record OpinionEntered(Opinion Opinion) : OpinionEvent(Opinion, "录入群众意见");

public sealed record OpinionSubmittedByPublic(Opinion Opinion) : OpinionEvent(Opinion, "群众网上提交意见");

public sealed record OpinionClaimed(Opinion Opinion) : OpinionEvent(Opinion, "认领意见");

/// <summary>交办: the opinion was handed to a unit with a time limit.</summary>
public sealed record OpinionHandedTo(Opinion Opinion) : OpinionEvent(Opinion, $"交办意见，限{Opinion.DueOn:yyyy-MM-dd}前办结");

/// <summary>A leader heard the opinion during a contact activity (联系走访); it enters the pipeline.</summary>
public sealed record OpinionHeardAtContactActivity(Opinion Opinion) : OpinionEvent(Opinion, $"{Opinion.ReceivedByName}联系走访中听取群众意见");

public sealed record OpinionEscalated(Opinion Opinion) : OpinionEvent(Opinion, "根子在上，上报上级认领");

public sealed record OpinionUnlinkedFromRectification(Opinion Opinion) : OpinionEvent(Opinion, "取消关联整改事项");

public sealed record OpinionAnswered(Opinion Opinion) : OpinionEvent(Opinion, "答复意见");

public sealed record OpinionClosed(Opinion Opinion) : OpinionEvent(Opinion, "办结意见");

/// <summary>The office recorded an opinion an upper counterpart department sent it (双联动).</summary>
public sealed record OpinionReceivedFromUpperDepartment(Opinion Opinion) : OpinionEvent(Opinion, $"登记上级部门意见（{Opinion.UpperDepartmentName}）");

/// <summary>双向反馈: the office forwarded an upper department's opinion to a unit with a feedback deadline.</summary>
public sealed record OpinionForwarded(Opinion Opinion) : OpinionEvent(Opinion, $"转交上级部门意见，限{Opinion.DueOn:yyyy-MM-dd}前反馈");

/// <summary>The office returned a unit's feedback as inadequate: the opinion waits for feedback again.</summary>
public sealed record OpinionFeedbackReturned(Opinion Opinion) : OpinionEvent(Opinion, "退回反馈，请重新反馈");

/// <summary>A volunteer supervisor filed an observation on a unit they oversee; it sits with that unit.</summary>
public sealed record OpinionFiledByVolunteer(Opinion Opinion) : OpinionEvent(Opinion, $"群众义务监督员{Opinion.RaisedByName}提出监督意见");
