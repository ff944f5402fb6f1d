using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.EvaluationFixtures;

namespace CampaignHub.Domain.Tests.Evaluation;

public class RedoOrderTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Redo_cannot_be_accepted_before_its_report_is_submitted()
    {
        var redo = EvaluationBuilder.Redo(RedoStatus.Rectifying);

        var answer = redo.WhyCannot(RedoAction.Accept, Office());

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Equal("单位报送整改报告后才能验收或退回", answer.Reason);
        Assert.Throws<DomainException>(() => redo.Accept(null, Office(), _clock));
        Assert.Equal(RedoStatus.Rectifying, redo.Status);
    }

    [Fact]
    public void Redo_is_tracked_like_an_order_from_rectifying_to_a_report_accepted_or_returned()
    {
        var redo = EvaluationBuilder.Redo(RedoStatus.Submitted);
        Assert.Throws<AccessDeniedException>(() => redo.Accept(null, Unit(), _clock));
        Assert.Throws<DomainException>(() => redo.Return(" ", Office(), _clock));

        redo.Return("整改报告未回应群众反映最多的停车难问题", Office(), _clock);
        Assert.Equal(RedoStatus.Returned, redo.Status);
        redo.SubmitReport("补充：新增停车位200个", Unit(), _clock);
        redo.Accept("同意，组织复评", Office(), _clock);

        Assert.Equal(RedoStatus.Accepted, redo.Status);
        Assert.Equal(["开始整改", "报送整改报告", "退回：整改报告未回应群众反映最多的停车难问题", "报送整改报告", "验收通过：同意，组织复评"], redo.Steps.Skip(1).Select(s => s.Text));
        Assert.True(redo.IsOpen);
    }

    [Fact]
    public void Redo_report_is_submitted_by_the_unit_after_it_starts_rectifying()
    {
        var redo = EvaluationBuilder.Redo();

        Assert.Equal(RefusalKind.Blocked, redo.WhyCannot(RedoAction.SubmitReport, Unit()).Refusal);
        Assert.Equal(RefusalKind.NotPermitted, redo.WhyCannot(RedoAction.StartRectifying, ActorBuilder.Coordinator(StageTwoFixtures.Agency)).Refusal);
        Assert.Throws<DomainException>(() => redo.SubmitReport("报告", Unit(), _clock));
    }

    [Fact]
    public void Redo_closes_only_when_the_re_evaluation_passes()
    {
        var accepted = EvaluationBuilder.Redo(RedoStatus.Accepted);
        Assert.True(accepted.IsOpen);

        var failing = new EvaluationBuilder().ReEvaluating(accepted).WithBallots(5, 5).Build();
        Assert.Equal(2, failing.Round);
        failing.Close(new DateOnly(2014, 11, 30), Threshold, accepted, Office(), _clock);
        Assert.Equal(RedoStatus.Rectifying, accepted.Status);
        Assert.Equal(new DateOnly(2014, 11, 30), accepted.Deadline);
        Assert.Equal(1, accepted.ReEvaluations);
        Assert.True(RedoOrder.InRedo([accepted]));

        accepted.SubmitReport("第二次整改报告", Unit(), _clock);
        accepted.Accept(null, Office(), _clock);
        var passing = new EvaluationBuilder().ReEvaluating(accepted).WithBallots(9, 1).Build();
        Assert.Equal(3, passing.Round);
        Assert.Null(passing.Close(null, Threshold, accepted, Office(), _clock));

        Assert.Equal(RedoStatus.Closed, accepted.Status);
        Assert.False(RedoOrder.InRedo([accepted]));
        Assert.Equal(_clock.Today, accepted.ClosedOn);
    }

    [Fact]
    public void Re_evaluation_opens_only_after_the_redo_report_is_accepted()
    {
        var submitted = EvaluationBuilder.Redo(RedoStatus.Submitted);

        var error = Assert.Throws<DomainException>(() => DemocraticEvaluation.OpenReEvaluation(submitted, new EvaluationArrangement(_clock.Today, null), Office(), _clock));

        Assert.Equal("整改报告验收通过后才能组织复评", error.Message);
    }

    [Fact]
    public void An_open_redo_past_its_deadline_is_overdue_until_its_report_is_submitted()
    {
        var redo = EvaluationBuilder.Redo(RedoStatus.Rectifying);

        Assert.Equal(3, redo.DaysOverdue(new DateOnly(2014, 11, 3)));
        redo.SubmitReport("报告", Unit(), _clock);
        Assert.Equal(0, redo.DaysOverdue(new DateOnly(2014, 11, 3)));
    }

    [Fact]
    public void Unit_state_says_in_redo_with_deadline_and_overdue_days()
    {
        var redo = EvaluationBuilder.Redo(RedoStatus.Rectifying);
        var evaluation = new EvaluationBuilder().WithBallots(6, 4).Build();
        evaluation.Close(new DateOnly(2014, 10, 31), Threshold, null, Office(), _clock);

        var state = UnitEvaluationState.Of([evaluation], [redo], 0.8m, new DateOnly(2014, 11, 2));

        Assert.Equal("返工补课中", state.StateText);
        Assert.True(state.InRedo);
        Assert.Equal(Threshold, state.Threshold);
        Assert.Equal("逾期2天", state.OverdueText);
        Assert.Equal("未评议", UnitEvaluationState.Of([], [], 0.8m, _clock.Today).StateText);
    }
}
