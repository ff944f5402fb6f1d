using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Features.Evaluation;
using CampaignHub.Features.Evaluation.Components;
using CampaignHub.Features.StageTwo;
using CampaignHub.Features.StageTwo.Components;

namespace CampaignHub.Components.Tests.Features.Evaluation;

/// <summary>The office's evaluation list and the wall's fifth column show the domain's evaluation state as it is.</summary>
public sealed class EvaluationTableTests : ComponentTestContext
{
    private static readonly UnitEvaluationState InRedo = new("返工补课中", new Recognition(12, 6, 22), 0.7m, true, "整改中", new DateOnly(2014, 10, 31), 3, 1);
    private static readonly UnitEvaluationState Passed = new("评议通过", new Recognition(36, 4, 8), 0.7m, false, null, null, 0, 1);
    private static readonly UnitEvaluationState NotEvaluated = new("未评议", null, 0.7m, false, null, null, 0, 0);

    [Fact]
    public void A_unit_in_redo_shows_its_recognition_threshold_deadline_and_days_overdue()
    {
        var cut = Render<EvaluationTable>(p => p
            .Add(x => x.Rows, [new EvaluationRowDto(7, "区政务服务中心", "执法监管部门和窗口单位", "尤国庆", InRedo), new EvaluationRowDto(3, "区民政局", "区委/区政府部门", "赵德明", Passed)])
            .Add(x => x.CampaignId, 1));

        var redo = cut.Find("tr[data-unit='7']");
        Assert.Contains("返工补课中", redo.QuerySelector("[data-testid=evaluation-in-redo]")!.TextContent);
        Assert.Contains("45.0%", redo.TextContent);
        Assert.Contains("70.0%", redo.TextContent);
        Assert.Contains("2014-10-31", redo.TextContent);
        Assert.Equal("逾期3天", redo.QuerySelector("[data-testid=evaluation-overdue]")!.TextContent);
        Assert.Equal("evaluations/units/7?campaign=1", redo.QuerySelector("a")!.GetAttribute("href"));
        var passed = cut.Find("tr[data-unit='3']");
        Assert.Null(passed.QuerySelector("[data-testid=evaluation-in-redo]"));
        Assert.Contains("83.3%", passed.TextContent);
        Assert.Equal("—", passed.QuerySelector("[data-testid=evaluation-overdue]")!.TextContent);
    }

    [Fact]
    public void A_unit_not_yet_evaluated_shows_no_recognition()
    {
        var cut = Render<EvaluationTable>(p => p.Add(x => x.Rows, [new EvaluationRowDto(9, "秣陵街道", "街道/乡镇", null, NotEvaluated)]).Add(x => x.CampaignId, 1));

        Assert.Equal("未评议", cut.Find("[data-testid=evaluation-state]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=evaluation-in-redo]"));
    }

    [Fact]
    public void The_wall_counts_units_in_redo_and_lists_them_first()
    {
        var finished = new StageTwoProgress(true, true, true, true, true);
        var overview = new StageTwoOverviewDto(1, "江宁区", [
            new StageTwoRowDto(3, "区民政局", "区委/区政府部门", finished, "已印发", 0, "已召开", new DateOnly(2014, 6, 30)),
            new StageTwoRowDto(7, "区政务服务中心", "执法监管部门和窗口单位", StageTwoProgress.NotStarted with { InRedo = true }, "未起草", 0, "未安排", null),
        ]);

        var cut = Render<WallStageTwoPanel>(p => p.Add(x => x.Overview, overview));

        Assert.Equal("1", cut.Find("[data-testid=wall-in-redo-count]").TextContent);
        var rows = cut.FindAll("tr[data-unit]");
        Assert.Equal("7", rows[0].GetAttribute("data-unit"));
        Assert.Contains("返工补课中", rows[0].QuerySelector("[data-testid=stage-two-in-redo]")!.TextContent);
        Assert.Empty(rows[1].QuerySelectorAll("[data-testid=stage-two-in-redo]"));
    }
}
