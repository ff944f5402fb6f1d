using CampaignHub.Domain.Evaluation;

namespace CampaignHub.Features.Evaluation.Components;

/// <summary>The editable state of the evaluation dialogs; the domain validates what they return.</summary>
public sealed class ArrangementForm
{
    public DateOnly? HeldOn { get; set; }

    public DateOnly? SummaryMeetingOn { get; set; }

    public EvaluationArrangement ToArrangement() => new(HeldOn, SummaryMeetingOn);
}

public sealed class BallotForm
{
    public RaterKind RaterKind { get; set; } = RaterKind.MassesRepresentative;

    public EvaluationRating? Conduct { get; set; }

    public EvaluationRating? ProblemSolving { get; set; }

    public int Copies { get; set; } = 1;

    /// <summary>Each member's ratings, by person id; a member left unrated is not on the ballot.</summary>
    public Dictionary<int, MemberRatingForm> Members { get; } = [];

    public BallotInput ToInput() => new(
        RaterKind,
        Conduct,
        ProblemSolving,
        Members.Where(m => m.Value.Conduct is not null || m.Value.ProblemSolving is not null)
            .Select(m => new MemberRatingInput(m.Key, m.Value.Conduct, m.Value.ProblemSolving)).ToList());
}

public sealed class MemberRatingForm
{
    public EvaluationRating? Conduct { get; set; }

    public EvaluationRating? ProblemSolving { get; set; }
}

public sealed class CloseForm
{
    public DateOnly? RedoDeadline { get; set; }
}

public sealed class LeaderRecordForm
{
    public PrincipalLeaderRecordKind Kind { get; set; } = PrincipalLeaderRecordKind.SpecialReport;

    public DateOnly? HeldOn { get; set; }

    public string? Summary { get; set; }

    public string? InterviewerName { get; set; }

    public string? Commitments { get; set; }

    public int? Satisfied { get; set; }

    public int? BasicallySatisfied { get; set; }

    public int? Dissatisfied { get; set; }

    public PrincipalLeaderInput ToInput() => new(Kind, HeldOn, Summary, InterviewerName, Commitments, Satisfied, BasicallySatisfied, Dissatisfied);
}
