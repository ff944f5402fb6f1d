using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Commitments;
using CampaignHub.Features.Commitments.Components;

namespace CampaignHub.Components.Tests.Features.Commitments;

public sealed class CommitmentGridTests : ComponentTestContext
{
    private static CommitmentRowDto Row(CommitmentStatus status, int progress, int daysOverdue = 0, bool canEdit = true) => new(
        1, 1, 12, "东山街道", CommitmentKind.Annual, "为辖区老年人办理公交爱心卡", "年底前全部办理完毕", new DateOnly(2014, 4, 5), "王主任", "上门登记、集中办理",
        PromisedTo.Both, status, progress, false, new DateOnly(2014, 3, 1), null, null, null, daysOverdue, new PublicRatingCounts(0, 0, 0), canEdit);

    public CommitmentGridTests() => RenderDialogHost();

    private IRenderedComponent<CommitmentGrid> RenderGrid(bool isOffice, params CommitmentRowDto[] rows)
    {
        return Render<CommitmentGrid>(p => p
            .Add(c => c.Rows, rows)
            .Add(c => c.IsOffice, isOffice)
            .Add(c => c.OnEdit, (CommitmentRowDto? _) => { })
            .Add(c => c.OnAction, (CommitmentActionRequest _) => { }));
    }

    [Fact]
    public void Progress_label_sits_beside_its_bar_which_has_an_accessible_name()
    {
        var grid = RenderGrid(false, Row(CommitmentStatus.InProgress, 60, daysOverdue: 5));

        var bar = grid.Find("[role=progressbar]");
        Assert.Equal("办理进度 60%", bar.GetAttribute("aria-label"));
        Assert.Equal("60%", grid.Find("[data-testid=commitment-progress]").TextContent.Trim());
        Assert.Null(grid.Find("[data-testid=commitment-progress]").Closest(".mud-progress-linear"));
        Assert.Equal("逾期5天", grid.Find("[data-testid=commitment-overdue]").TextContent.Trim());
    }

    [Fact]
    public void Only_the_office_may_cancel_a_commitment()
    {
        var unit = RenderGrid(false, Row(CommitmentStatus.InProgress, 20));
        Assert.Empty(unit.FindAll("[data-testid=commitment-cancel]"));
        Assert.NotEmpty(unit.FindAll("[data-testid=commitment-done]"));

        var office = RenderGrid(true, Row(CommitmentStatus.InProgress, 20));
        Assert.NotEmpty(office.FindAll("[data-testid=commitment-cancel]"));
    }
}
