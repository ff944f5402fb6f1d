using CampaignHub.Domain.Common;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Wall;
using CampaignHub.Live;

namespace CampaignHub.Components.Tests.Features.Wall;

/// <summary>Small hand-built wall snapshots: three units, a hostile unit name and reason among them.</summary>
internal static class WallSnapshots
{
    public const string Hostile = "<script>alert('x')</script><b>坏</b>";

    public static readonly CampaignSummaryDto Campaign = new(1, "双联动双体验双满意主题活动", "江宁群办发〔2014〕8号", "区委教育实践活动办公室",
        new DateOnly(2014, 3, 1), new DateOnly(2014, 3, 1), new DateOnly(2014, 9, 30), 3);

    public static WallUnitRow Unit(int id, string name, decimal? rate = null, ProgressBuckets problems = default, ProgressBuckets commitments = default, params decimal?[] trend) =>
        new(id, name, 1, problems, commitments, default, rate is null && trend.Length == 0 ? null : Rate(rate, trend), 0, false, null);

    /// <summary>A rate out of 1000 valid answers, or a sample too small (under 30) when <paramref name="rate"/> is null.</summary>
    public static WallRate Rate(decimal? rate, params decimal?[] trend) =>
        rate is { } r ? new WallRate((int)(r * 1000), 1000, 1000, 30, trend.Length == 0 ? [r] : trend) : new WallRate(3, 5, 5, 30, trend.Length == 0 ? [null] : trend);

    public static WallSnapshot Build(
        IReadOnlyList<WallUnitRow>? units = null,
        IReadOnlyList<WallOverdueItem>? overdue = null,
        IReadOnlyList<WallDueItem>? dueSoon = null,
        IReadOnlyList<WallAlert>? alerts = null,
        IReadOnlyList<WallFlag>? flags = null,
        IReadOnlyList<WallOrder>? orders = null,
        WallThreeChecks? threeChecks = null,
        IReadOnlyList<ChangeEvent>? recent = null,
        WallHeadline? headline = null) =>
        new(
            Campaign,
            new DateOnly(2014, 4, 10),
            DateTimeOffset.UtcNow,
            0.8m,
            [new PhaseDto(1, "学习教育、听取意见", 1, new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31))],
            [new MilestoneDto(1, 1, "完成“双体验”", null, new DateOnly(2014, 4, 15))],
            headline ?? new WallHeadline(5, 9, 0.824m, 125, 3, 2, 7, 1, 2),
            units ?? [Unit(10, "东山街道"), Unit(11, "上坊社区"), Unit(12, Hostile)],
            overdue ?? [],
            dueSoon ?? [],
            alerts ?? [],
            flags ?? [],
            orders ?? [],
            threeChecks,
            recent ?? []);
}
