using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

/// <summary>The headline-figures rule, the low and falling rules, and flags only from results the unit may see.</summary>
public class HeadlineSatisfactionTests
{
    private static readonly DateTimeOffset March = new(2014, 3, 27, 9, 0, 0, ChinaTime.Offset);
    private static readonly DateTimeOffset April = new(2014, 4, 8, 9, 0, 0, ChinaTime.Offset);

    /// <summary>A unit's result in one survey: <paramref name="respondents"/> one-question questionnaires.</summary>
    private static SurveyUnitResult Result(int surveyId, DateTimeOffset opensAt, bool open, int satisfied, int dissatisfied, int minimumSample = 20) =>
        new(surveyId, opensAt, open, SatisfactionRate.Compute(Enumerable.Repeat(Answer.Satisfied, satisfied).Concat(Enumerable.Repeat(Answer.Dissatisfied, dissatisfied)), minimumSample));

    [Fact]
    public void A_small_new_survey_never_silently_replaces_an_established_figure()
    {
        // 50 questionnaires at 60% in the closed survey; the open one has 3 questionnaires, all 不满意... or all 满意.
        var closed = Result(1, March, open: false, satisfied: 30, dissatisfied: 20);
        var small = Result(2, April, open: true, satisfied: 0, dissatisfied: 3);

        var headline = HeadlineSatisfaction.ForUnit(11, [closed, small]);

        Assert.Equal((1, 0.6m), (headline.SurveyId, headline.Rate!.Value));
        Assert.Equal("新一轮测评样本不足（3/20份），显示上一轮结果", headline.Label);
        Assert.False(headline.IsPartial);
    }

    [Fact]
    public void The_latest_survey_with_a_sufficient_sample_leads_and_an_open_one_is_labelled_partial()
    {
        var closed = Result(1, March, open: false, satisfied: 30, dissatisfied: 20);
        var open = Result(2, April, open: true, satisfied: 27, dissatisfied: 3);

        var headline = HeadlineSatisfaction.ForUnit(11, [open, closed]);

        Assert.Equal((2, 0.9m), (headline.SurveyId, headline.Rate!.Value));
        Assert.True(headline.IsPartial);
        Assert.Equal("测评进行中（部分结果）", headline.Label);
        Assert.Equal([0.6m, 0.9m], HeadlineSatisfaction.Trend([open, closed]));
    }

    [Fact]
    public void A_unit_without_any_sufficient_survey_has_no_figure()
    {
        var headline = HeadlineSatisfaction.ForUnit(11, [Result(1, March, false, 5, 5)]);

        Assert.Null(headline.Rate);
        Assert.False(headline.HasFigure);
        Assert.Null(headline.Label);
    }

    [Fact]
    public void The_district_rate_is_the_units_rates_weighted_by_respondents()
    {
        // 上坊: 90% of 100 questionnaires (answers to one question); 竹山: 50% of 20. Weighted: (0.9×100 + 0.5×20) ÷ 120.
        var shangfang = HeadlineSatisfaction.ForUnit(11, [Result(1, March, false, 90, 10)]);
        var zhushan = HeadlineSatisfaction.ForUnit(12, [Result(1, March, false, 10, 10)]);
        var feigong = HeadlineSatisfaction.ForUnit(13, [Result(1, March, false, 0, 3)]);

        var district = HeadlineSatisfaction.District([shangfang, zhushan, feigong]);

        Assert.Equal(SatisfactionRate.Round(100m / 120m), district.Rate);
        Assert.Equal(0.8333m, district.Rate);
        Assert.Equal((120, 2), (district.Respondents, district.RatedUnits));
        Assert.Null(district.Label);
    }

    [Fact]
    public void An_open_surveys_partial_results_are_named_in_the_district_figure()
    {
        var partial = HeadlineSatisfaction.ForUnit(11, [Result(2, April, true, 25, 5)]);

        Assert.Equal("含1个单位测评进行中的部分结果", HeadlineSatisfaction.District([partial]).Label);
    }

    [Fact]
    public void Rate_of_13_in_32_is_40_63_percent_in_the_headline_too()
    {
        var unit = HeadlineSatisfaction.ForUnit(11, [Result(1, March, false, 13, 19, minimumSample: 1)]);

        Assert.Equal(0.4063m, unit.Rate);
        Assert.Equal(0.4063m, HeadlineSatisfaction.District([unit]).Rate);
    }

    [Theory]
    [InlineData(new double[] { 0.9, 0.8 }, true)]
    [InlineData(new double[] { 0.8, 0.9 }, false)]
    [InlineData(new double[] { 0.9 }, false)]
    public void A_rate_below_the_previous_sufficient_one_is_falling(double[] points, bool falling) =>
        Assert.Equal(falling, LowSatisfaction.IsFalling(points.Select(p => (decimal?)(decimal)p)));

    [Fact]
    public void Sample_insufficient_points_do_not_make_a_trend_fall()
    {
        Assert.False(LowSatisfaction.IsFalling([0.9m, 0.95m, null]));
        Assert.True(LowSatisfaction.NeedsAttention(0.85m, [0.9m, null, 0.85m], 0.8m));
        Assert.True(LowSatisfaction.NeedsAttention(0.7m, [0.7m], 0.8m));
        Assert.False(LowSatisfaction.NeedsAttention(null, [0.9m, null], 0.8m));
        Assert.False(LowSatisfaction.IsLow((decimal?)null, 0.8m));
    }

    [Fact]
    public void Automatic_flags_come_only_from_a_result_the_unit_may_see()
    {
        var survey = new SurveyBuilder().ForUnits(11).Opened().Build();
        var low = new Dictionary<int, RateResult> { [11] = SatisfactionRate.Compute(Enumerable.Repeat(Answer.Dissatisfied, 10), 10) };
        var whileOpen = Clocks.AtChina(2014, 6, 10).UtcNow;

        Assert.Empty(LowSatisfaction.UnitsToFlag(survey, whileOpen, low, 0.8m));

        survey.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 11));
        Assert.Equal([11], LowSatisfaction.UnitsToFlag(survey, Clocks.AtChina(2014, 6, 11).UtcNow, low, 0.8m).Select(u => u.UnitId));
    }

    [Fact]
    public void A_survey_that_lets_units_see_live_rates_flags_while_open()
    {
        var survey = new SurveyBuilder().ForUnits(11).Build();
        survey.SetUnitsSeeOwnRatesBeforeClose(true);
        survey.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 1, 9));
        var low = new Dictionary<int, RateResult> { [11] = SatisfactionRate.Compute(Enumerable.Repeat(Answer.Dissatisfied, 10), 10) };

        Assert.Single(LowSatisfaction.UnitsToFlag(survey, Clocks.AtChina(2014, 6, 10).UtcNow, low, 0.8m));
    }

    [Fact]
    public void Every_progress_chart_buckets_by_one_rule()
    {
        var buckets = ProgressBuckets.Of([ProgressBucket.Done, ProgressBucket.InProgress, ProgressBucket.NotStarted, ProgressBucket.NotStarted, null]);

        Assert.Equal(new ProgressBuckets(1, 1, 2), buckets);
        Assert.Equal(ProgressBucket.Done, Domain.Rectification.RectificationStatusNames.ProgressBucket(Domain.Rectification.RectificationStatus.Verified));
        Assert.Equal(ProgressBucket.NotStarted, Domain.Rectification.RectificationStatusNames.ProgressBucket(Domain.Rectification.RectificationStatus.Reopened));
        Assert.Null(Domain.Plans.WorkItemProgress.BucketOf(Domain.Plans.WorkItemStatus.Cancelled));
        Assert.Equal(new ProgressBuckets(1, 0, 1), Domain.Commitments.ThreeChecks.Count([Domain.Commitments.CommitmentStatus.Done, Domain.Commitments.CommitmentStatus.NotStarted, Domain.Commitments.CommitmentStatus.Cancelled]));
    }
}
