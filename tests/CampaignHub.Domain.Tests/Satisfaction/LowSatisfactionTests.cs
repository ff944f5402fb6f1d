using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

public class LowSatisfactionTests
{
    private const decimal Threshold = 0.80m;

    [Fact]
    public void A_unit_below_the_threshold_on_enough_samples_is_flagged()
    {
        var records = Answers.Records(11, 1, 1, satisfied: 7, dissatisfied: 3)      // 70% on 10
            .Concat(Answers.Records(12, 1, 1, satisfied: 8, dissatisfied: 2))      // 80%: at the threshold
            .Concat(Answers.Records(13, 1, 1, satisfied: 1, dissatisfied: 8))      // 11% but only 9 valid answers
            .Concat(Answers.Records(14, 1, 1, satisfied: 5, dissatisfied: 5, dontKnow: 20)); // 50%

        var low = LowSatisfaction.UnitsToFlag(SatisfactionRate.ByUnit(records, minimumSample: 10), Threshold);

        Assert.Equal([14, 11], low.Select(l => l.UnitId));
    }

    [Fact]
    public void A_unit_already_flagged_is_not_flagged_again()
    {
        var byUnit = SatisfactionRate.ByUnit(Answers.Records(11, 1, 1, 5, 0, 5), 10);

        Assert.Empty(LowSatisfaction.UnitsToFlag(byUnit, Threshold, alreadyFlaggedUnitIds: [11]));
    }

    [Fact]
    public void An_automatic_flag_names_the_threshold_and_the_sample_but_not_the_rate()
    {
        // The reason is shown to everyone (the wall's flags panel, /api/wall); the rate is sealed per viewer.
        var rate = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 29, 0, 11).Select(r => r.Answer), 10);

        var flag = UnitFlag.RaiseAutomatic(1, 11, 5, rate, Threshold, Clocks.AtChina(2014, 7, 1));

        Assert.Equal(UnitFlagKind.Automatic, flag.Kind);
        Assert.Equal("满意率低于阈值80.0%（有效问卷40份）", flag.Reason);
        Assert.DoesNotContain("72.5", flag.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(rate.Display, flag.Reason, StringComparison.Ordinal);
        Assert.Equal(0.725m, flag.Rate); // kept on the flag for the supervision pages, which seal it per viewer
        Assert.True(flag.IsActive);
    }

    [Fact]
    public void An_automatic_flags_change_summary_carries_no_percentage_and_a_manual_one_quotes_the_supervisor()
    {
        var clock = Clocks.AtChina(2014, 7, 1);
        var rate = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 29, 0, 11).Select(r => r.Answer), 10);

        var automatic = UnitFlag.RaiseAutomatic(1, 11, 5, rate, Threshold, clock);
        var manual = UnitFlag.RaiseManual(1, 11, "走访发现群众反映问题未解决", ActorBuilder.Supervisor(), clock);

        Assert.Equal("满意率低于阈值，自动标记为满意度偏低", automatic.ChangeSummary);
        Assert.DoesNotContain("%", automatic.ChangeSummary, StringComparison.Ordinal);
        Assert.Equal("督导标记：走访发现群众反映问题未解决", manual.ChangeSummary);
    }

    [Fact]
    public void An_automatic_flag_is_refused_on_an_insufficient_sample()
    {
        var rate = SatisfactionRate.Compute(Answers.Records(11, 1, 1, 1, 0, 5).Select(r => r.Answer), 10);

        var error = Assert.Throws<DomainException>(() => UnitFlag.RaiseAutomatic(1, 11, 5, rate, Threshold, Clocks.AtChina(2014, 7, 1)));
        Assert.Equal("样本不足，不能自动标记", error.Message);
    }

    [Fact]
    public void Only_a_supervisor_flags_by_hand_and_must_give_a_reason()
    {
        var clock = Clocks.AtChina(2014, 7, 1);

        Assert.Throws<AccessDeniedException>(() => UnitFlag.RaiseManual(1, 11, "材料不实", ActorBuilder.Coordinator(11), clock));
        var noReason = Assert.Throws<DomainException>(() => UnitFlag.RaiseManual(1, 11, " ", ActorBuilder.Supervisor(), clock));
        Assert.Equal("标记原因不能为空", noReason.Message);

        var flag = UnitFlag.RaiseManual(1, 11, "走访发现群众反映问题未解决", ActorBuilder.Supervisor(), clock);
        Assert.Equal(UnitFlagKind.Manual, flag.Kind);
        Assert.Equal("supervisor", flag.RaisedBy);
    }

    [Fact]
    public void A_flag_is_cleared_once()
    {
        var clock = Clocks.AtChina(2014, 7, 1);
        var flag = UnitFlag.RaiseManual(1, 11, "走访发现问题", ActorBuilder.Supervisor(), clock);

        Assert.Throws<AccessDeniedException>(() => flag.Clear(null, ActorBuilder.Leader(), clock));
        flag.Clear("已整改", ActorBuilder.Office(), clock);

        Assert.False(flag.IsActive);
        Assert.Equal("office", flag.ClearedBy);
        var again = Assert.Throws<DomainException>(() => flag.Clear(null, ActorBuilder.Supervisor(), clock));
        Assert.Equal("该标记已解除", again.Message);
    }
}
