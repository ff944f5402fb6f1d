using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// One submission of a plan, kept forever: the section texts exactly as submitted, who submitted
/// them and when, and later the office's decision. Part of the <see cref="ImplementationPlan"/> aggregate.
/// The texts never change after submission; only the decision is filled in, once.
/// </summary>
public sealed class PlanVersion : Entity
{
    private PlanVersion()
    {
        SubmittedBy = string.Empty;
        SubmittedByName = string.Empty;
    }

    internal PlanVersion(int number, PlanText text, Actor submitter, DateTimeOffset submittedAt)
    {
        Number = number;
        GuidingIdea = text.GuidingIdea;
        MainContent = text.MainContent;
        Schedule = text.Schedule;
        Organisation = text.Organisation;
        SubmittedBy = submitter.UserName;
        SubmittedByName = submitter.DisplayName;
        SubmittedAt = submittedAt;
        Decision = PlanDecision.Pending;
    }

    public int PlanId { get; private set; }

    /// <summary>1 for the first submission, then 2, 3, ...</summary>
    public int Number { get; private set; }

    public string? GuidingIdea { get; private set; }

    public string? MainContent { get; private set; }

    public string? Schedule { get; private set; }

    public string? Organisation { get; private set; }

    public string SubmittedBy { get; private set; }

    public string SubmittedByName { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public PlanDecision Decision { get; private set; }

    /// <summary>The return reason, or the office's optional comment on approval.</summary>
    public string? DecisionComment { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public PlanText Text => new(GuidingIdea, MainContent, Schedule, Organisation);

    internal void Decide(PlanDecision decision, string? comment, Actor decider, DateTimeOffset decidedAt)
    {
        if (Decision != PlanDecision.Pending)
        {
            throw new DomainException("该版本已审批，不能重复审批");
        }

        Decision = decision;
        DecisionComment = comment;
        DecidedBy = decider.UserName;
        DecidedByName = decider.DisplayName;
        DecidedAt = decidedAt;
    }
}
