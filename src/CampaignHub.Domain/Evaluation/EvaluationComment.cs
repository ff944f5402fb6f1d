using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Evaluation;

/// <summary>
/// The supervision group's comment on a unit's evaluation, redo or principal-leader records (督导组全程跟踪): who said
/// what, when. Written by a group that supervises the unit; kept, never edited.
/// </summary>
public sealed class EvaluationComment : AggregateRoot
{
    private EvaluationComment()
    {
        Text = string.Empty;
        ByName = string.Empty;
    }

    private EvaluationComment(int campaignId, int unitId, CommentSubject subject, int subjectId, string text, Actor actor, DateTimeOffset at)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Subject = subject;
        SubjectId = subjectId;
        Text = text;
        ByName = actor.DisplayName;
        At = at;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public CommentSubject Subject { get; private set; }

    /// <summary>The evaluation's, the redo's, or the principal leader record's id.</summary>
    public int SubjectId { get; private set; }

    public string Text { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static EvaluationComment Write(int campaignId, int unitId, CommentSubject subject, int subjectId, string? text, Actor actor, IClock clock)
    {
        EvaluationAccess.WhyCannotComment(actor, unitId).Ensure();
        if (!Enum.IsDefined(subject) || subjectId <= 0)
        {
            throw new DomainException("请选择点评的对象");
        }

        var comment = new EvaluationComment(campaignId, unitId, subject, subjectId, Guard.Required(text, "点评意见", 2000), actor, clock.UtcNow);
        comment.Raise(new EvaluationCommented(comment));
        return comment;
    }
}
