using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// Closing a rectification item answers every opinion linked to it (several similar opinions, one
/// item): completing it gives them its answer, verifying it closes them. Use these instead of calling
/// Complete/Verify on the item directly whenever opinions may be linked.
/// </summary>
public static class OpinionAnswers
{
    public static void CompleteItem(RectificationItem item, IReadOnlyCollection<Opinion> linkedOpinions, Actor actor, UnitTree tree, IClock clock, string? noEvidenceReason = null)
    {
        EnsureLinked(item, linkedOpinions);
        item.Complete(actor, tree, clock, noEvidenceReason);
        foreach (var opinion in linkedOpinions)
        {
            opinion.TakeAnswerFrom(item, clock);
        }
    }

    public static void VerifyItem(RectificationItem item, IReadOnlyCollection<Opinion> linkedOpinions, string? comment, Actor actor, IClock clock)
    {
        EnsureLinked(item, linkedOpinions);
        item.Verify(comment, actor, clock);
        foreach (var opinion in linkedOpinions)
        {
            opinion.TakeAnswerFrom(item, clock);
        }
    }

    private static void EnsureLinked(RectificationItem item, IReadOnlyCollection<Opinion> linkedOpinions)
    {
        if (linkedOpinions.Any(o => o.RectificationItemId != item.Id))
        {
            throw new DomainException("意见未关联此整改事项");
        }

        if (linkedOpinions.Count > 0 && item.Answer is null)
        {
            throw new DomainException($"该整改事项关联了{linkedOpinions.Count}条群众意见，请先填写答复内容");
        }
    }
}
