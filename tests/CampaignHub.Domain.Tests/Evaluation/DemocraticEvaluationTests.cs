using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.EvaluationFixtures;

namespace CampaignHub.Domain.Tests.Evaluation;

public class DemocraticEvaluationTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Recognition_is_the_share_of_satisfied_and_basically_satisfied_ratings()
    {
        var recognition = Recognition.Of([EvaluationRating.Satisfied, EvaluationRating.BasicallySatisfied, EvaluationRating.Dissatisfied]);

        Assert.Equal(0.6667m, recognition.Rate);
        Assert.Equal("（1 + 1）÷ 3 = 66.7%", recognition.Explanation);
        Assert.Null(Recognition.None.Rate);
        Assert.True(Recognition.None.IsBelow(0.01m));
    }

    [Fact]
    public void Team_recognition_counts_both_focus_points_of_every_ballot()
    {
        var evaluation = new EvaluationBuilder().Build();
        evaluation.RecordBallot(Ballot(EvaluationRating.Satisfied, EvaluationRating.Dissatisfied), Team, Office());
        evaluation.RecordBallot(Ballot(EvaluationRating.BasicallySatisfied, EvaluationRating.Satisfied), Team, Office());

        Assert.Equal(new Recognition(2, 1, 1), evaluation.TeamRecognition);
        Assert.Equal(1m, evaluation.ConductRecognition.Rate);
        Assert.Equal(0.5m, evaluation.ProblemSolvingRecognition.Rate);
    }

    [Fact]
    public void Team_below_the_recognition_threshold_goes_into_redo()
    {
        var evaluation = new EvaluationBuilder().WithBallots(6, 4).Build();

        var redo = evaluation.Close(new DateOnly(2014, 10, 31), Threshold, null, Office(), _clock);

        Assert.NotNull(redo);
        Assert.Equal(EvaluationOutcome.BelowThreshold, evaluation.Outcome);
        Assert.Equal(RedoStatus.Ordered, redo.Status);
        Assert.Equal(new DateOnly(2014, 10, 31), redo.Deadline);
        Assert.Equal("民主评议班子认可度60.0%，低于返工补课阈值70.0%", redo.Reason);
        Assert.True(RedoOrder.InRedo([redo]));
        Assert.Contains(redo.DomainEvents, e => e is RedoOrdered);
    }

    [Fact]
    public void Team_at_or_above_threshold_passes()
    {
        var evaluation = new EvaluationBuilder().WithBallots(7, 3).Build();

        var redo = evaluation.Close(null, Threshold, null, Office(), _clock);

        Assert.Null(redo);
        Assert.Equal(EvaluationOutcome.Passed, evaluation.Outcome);
        Assert.Equal(Threshold, evaluation.Threshold);
        Assert.True(evaluation.IsClosed);
    }

    [Fact]
    public void Evaluation_cannot_close_without_the_minimum_ballots()
    {
        var evaluation = new EvaluationBuilder().WithBallots(DemocraticEvaluation.MinimumBallots - 1, 0).Build();

        var answer = evaluation.WhyCannot(EvaluationAction.Close, Office(), _clock.Today);

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Equal("至少录入10张评议票才能结束评议，目前9张", answer.Reason);
        var error = Assert.Throws<DomainException>(() => evaluation.Close(null, Threshold, null, Office(), _clock));
        Assert.Equal(answer.Reason, error.Message);
        Assert.False(evaluation.IsClosed);
    }

    [Fact]
    public void A_team_going_into_redo_needs_a_deadline_after_today()
    {
        var evaluation = new EvaluationBuilder().WithBallots(2, 8).Build();

        var missing = Assert.Throws<DomainException>(() => evaluation.Close(null, Threshold, null, Office(), _clock));
        Assert.Equal("班子认可度20.0%低于返工补课阈值70.0%，须返工补课，请填写返工补课期限", missing.Message);
        Assert.Throws<DomainException>(() => evaluation.Close(_clock.Today, Threshold, null, Office(), _clock));
        Assert.True(evaluation.WouldGoIntoRedo(Threshold));
        Assert.False(evaluation.IsClosed);
    }

    [Fact]
    public void Evaluation_cannot_close_before_the_day_it_is_held()
    {
        var evaluation = DemocraticEvaluation.Open(1, 2, new EvaluationArrangement(new DateOnly(2014, 9, 25), new DateOnly(2014, 9, 25)), Office(), _clock);

        Assert.Equal("民主评议定于2014-09-25，当天起才能结束评议", evaluation.WhyCannot(EvaluationAction.Close, Office(), _clock.Today) is { Refusal: RefusalKind.Blocked } a ? a.Reason : null);
    }

    [Fact]
    public void Only_the_office_organises_the_evaluation_and_enters_ballots()
    {
        Assert.Throws<AccessDeniedException>(() => DemocraticEvaluation.Open(1, 2, Arrangement(), Unit(), _clock));
        var evaluation = new EvaluationBuilder().Build();
        Assert.Throws<AccessDeniedException>(() => evaluation.RecordBallot(Ballot(EvaluationRating.Satisfied, EvaluationRating.Satisfied), Team, Unit()));
        Assert.Equal(RefusalKind.NotPermitted, evaluation.WhyCannot(EvaluationAction.Close, ActorBuilder.SupervisorOf(StageTwoFixtures.Street), _clock.Today).Refusal);
    }

    [Fact]
    public void A_ballot_rates_both_focus_points_and_only_members_of_the_team()
    {
        var evaluation = new EvaluationBuilder().Build();

        Assert.Throws<DomainException>(() => evaluation.RecordBallot(new BallotInput(RaterKind.Cadre, EvaluationRating.Satisfied, null, null), Team, Office()));
        Assert.Throws<DomainException>(() => evaluation.RecordBallot(Ballot(EvaluationRating.Satisfied, EvaluationRating.Satisfied, new MemberRatingInput(999, EvaluationRating.Satisfied, EvaluationRating.Satisfied)), Team, Office()));
        Assert.Throws<DomainException>(() => evaluation.RecordBallot(Ballot(EvaluationRating.Satisfied, EvaluationRating.Satisfied, new MemberRatingInput(22, EvaluationRating.Satisfied, (EvaluationRating)9)), Team, Office()));
        Assert.Empty(evaluation.Ballots);

        evaluation.RecordBallot(Ballot(EvaluationRating.Satisfied, EvaluationRating.Satisfied, new MemberRatingInput(22, EvaluationRating.Dissatisfied, EvaluationRating.Satisfied)), Team, Office());
        Assert.Equal(0.5m, evaluation.MemberRecognition[22].Rate);
    }

    [Fact]
    public void A_closed_evaluation_takes_no_more_ballots()
    {
        var evaluation = new EvaluationBuilder().WithBallots(10, 0).Build();
        evaluation.Close(null, Threshold, null, Office(), _clock);

        Assert.Equal(RefusalKind.NotApplicable, evaluation.WhyCannot(EvaluationAction.RecordBallot, Office(), _clock.Today).Refusal);
        Assert.Throws<DomainException>(() => evaluation.RecordBallot(Ballot(EvaluationRating.Satisfied, EvaluationRating.Satisfied), Team, Office()));
    }

    [Fact]
    public void The_evaluation_is_held_on_or_after_the_summary_meeting()
    {
        Assert.Throws<DomainException>(() => DemocraticEvaluation.Open(1, 2, new EvaluationArrangement(new DateOnly(2014, 9, 19), new DateOnly(2014, 9, 20)), Office(), _clock));
        Assert.Throws<DomainException>(() => DemocraticEvaluation.Open(1, 2, new EvaluationArrangement(new DateOnly(2014, 9, 20), null), Office(), _clock));
        Assert.Throws<DomainException>(() => DemocraticEvaluation.Open(1, 2, new EvaluationArrangement(null, new DateOnly(2014, 9, 20)), Office(), _clock));
    }
}
