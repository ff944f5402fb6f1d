using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Final-evaluation test data: the street of <see cref="StageTwoFixtures"/>, evaluated on 2014-09-20 under a 70% threshold.</summary>
public static class EvaluationFixtures
{
    public const decimal Threshold = 0.70m;

    public static readonly IReadOnlyCollection<int> Team = [StageTwoFixtures.Principal.Id, StageTwoFixtures.MemberA.Id, StageTwoFixtures.MemberB.Id];

    /// <summary>The campaign's end, 2014-09-20.</summary>
    public static FixedClock Clock() => Clocks.AtChina(2014, 9, 20);

    public static EvaluationArrangement Arrangement() => new(new DateOnly(2014, 9, 20), new DateOnly(2014, 9, 20));

    public static BallotInput Ballot(EvaluationRating conduct, EvaluationRating solving, params MemberRatingInput[] members) =>
        new(RaterKind.MassesRepresentative, conduct, solving, members);

    public static Actor Office() => ActorBuilder.Office();

    public static Actor Unit() => StageTwoFixtures.Keeper();
}

/// <summary>Builds an open evaluation with ballots: <c>recognised</c> ballots rate the team 满意 on both points, the rest 不满意.</summary>
public sealed class EvaluationBuilder
{
    private int _recognised;
    private int _notRecognised;
    private RedoOrder? _redo;

    public EvaluationBuilder WithBallots(int recognised, int notRecognised)
    {
        (_recognised, _notRecognised) = (recognised, notRecognised);
        return this;
    }

    public EvaluationBuilder ReEvaluating(RedoOrder redo)
    {
        _redo = redo;
        return this;
    }

    public DemocraticEvaluation Build()
    {
        var clock = EvaluationFixtures.Clock();
        var evaluation = _redo is null
            ? DemocraticEvaluation.Open(StageTwoFixtures.CampaignId, StageTwoFixtures.Street, EvaluationFixtures.Arrangement(), EvaluationFixtures.Office(), clock)
            : DemocraticEvaluation.OpenReEvaluation(_redo, new EvaluationArrangement(clock.Today, null), EvaluationFixtures.Office(), clock);
        for (var i = 0; i < _recognised; i++)
        {
            evaluation.RecordBallot(EvaluationFixtures.Ballot(EvaluationRating.Satisfied, EvaluationRating.BasicallySatisfied), EvaluationFixtures.Team, EvaluationFixtures.Office());
        }

        for (var i = 0; i < _notRecognised; i++)
        {
            evaluation.RecordBallot(EvaluationFixtures.Ballot(EvaluationRating.Dissatisfied, EvaluationRating.Dissatisfied), EvaluationFixtures.Team, EvaluationFixtures.Office());
        }

        return evaluation;
    }

    /// <summary>A redo put in place by a campaign-end evaluation of 6 of 10, then moved to <paramref name="status"/>.</summary>
    public static RedoOrder Redo(RedoStatus status = RedoStatus.Ordered)
    {
        var clock = EvaluationFixtures.Clock();
        var redo = new EvaluationBuilder().WithBallots(6, 4).Build().Close(new DateOnly(2014, 10, 31), EvaluationFixtures.Threshold, null, EvaluationFixtures.Office(), clock)!;
        if (status == RedoStatus.Ordered)
        {
            return redo;
        }

        redo.StartRectifying(EvaluationFixtures.Unit(), clock);
        if (status == RedoStatus.Rectifying)
        {
            return redo;
        }

        redo.SubmitReport("重新开展专题民主生活会，逐项整改群众反映的问题", EvaluationFixtures.Unit(), clock);
        switch (status)
        {
            case RedoStatus.Submitted:
                return redo;
            case RedoStatus.Returned:
                redo.Return("整改不到位", EvaluationFixtures.Office(), clock);
                return redo;
        }

        redo.Accept(null, EvaluationFixtures.Office(), clock);
        return redo;
    }
}
