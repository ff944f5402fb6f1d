using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Commitments;
using CampaignHub.Features.Commitments.Components;
using MudBlazor;

namespace CampaignHub.Components.Tests.Features.Commitments;

public sealed class CommitmentGridTests : ComponentTestContext
{
    private static readonly UnitTree Tree = new([(1, null), (12, 1)]);
    private static readonly Actor Office = new("office", "活动办", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Coordinator = new("unit", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, 12);

    /// <summary>A row as the ledger service builds it for <paramref name="viewer"/>: its actions answered by a real commitment.</summary>
    private static CommitmentRowDto Row(CommitmentStatus status, int progress, int daysOverdue = 0, Actor? viewer = null)
    {
        var clock = new FixedClock(new DateTimeOffset(2014, 3, 1, 9, 0, 0, ChinaTime.Offset));
        var commitment = Commitment.File(1, 12, CommitmentKind.Annual, "为辖区老年人办理公交爱心卡", "年底前全部办理完毕", new DateOnly(2014, 4, 5), "王主任", "上门登记、集中办理", PromisedTo.Both, Office, Tree, clock);
        if (status != CommitmentStatus.NotStarted)
        {
            commitment.Start(Office, Tree);
        }

        var who = viewer ?? Coordinator;
        return new(
            1, 1, 12, "东山街道", CommitmentKind.Annual, "为辖区老年人办理公交爱心卡", "年底前全部办理完毕", new DateOnly(2014, 4, 5), "王主任", "上门登记、集中办理",
            PromisedTo.Both, status, progress, false, new DateOnly(2014, 3, 1), null, null, null, daysOverdue, new PublicRatingCounts(0, 0, 0), UnitAccess.CanEdit(who, 12, Tree))
        {
            Actions = CommitmentRowDto.AnswersFor(commitment, who, Tree),
        };
    }

    public CommitmentGridTests() => RenderDialogHost();

    private IRenderedComponent<CommitmentGrid> RenderGrid(params CommitmentRowDto[] rows) =>
        RenderGrid((_, _) => Task.FromResult(new GridData<CommitmentRowDto> { Items = rows, TotalItems = rows.Length }));

    private IRenderedComponent<CommitmentGrid> RenderGrid(Func<GridState<CommitmentRowDto>, CancellationToken, Task<GridData<CommitmentRowDto>>> loadPage)
    {
        var grid = Render<CommitmentGrid>(p => p
            .Add(c => c.LoadPage, loadPage)
            .Add(c => c.OnEdit, (CommitmentRowDto? _) => { })
            .Add(c => c.OnAction, (CommitmentActionRequest _) => { }));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("[data-testid=commitment-grid] tbody tr")));
        return grid;
    }

    [Fact]
    public void The_grid_asks_for_its_first_page_and_shows_the_total_of_every_page()
    {
        var asked = new List<GridState<CommitmentRowDto>>();
        var grid = RenderGrid((state, _) =>
        {
            asked.Add(state);
            return Task.FromResult(new GridData<CommitmentRowDto> { Items = [Row(CommitmentStatus.InProgress, 60)], TotalItems = 45 });
        });

        var first = Assert.Single(asked);
        Assert.Equal(0, first.Page);
        Assert.Equal(20, first.PageSize);
        Assert.Single(grid.FindAll("[data-testid=commitment-status]"));
        Assert.Contains("45", grid.Find(".mud-table-pagination").TextContent);

        grid.InvokeAsync(() => grid.Instance.ReloadAsync());

        grid.WaitForAssertion(() => Assert.Equal(2, asked.Count));
    }

    [Fact]
    public void Progress_label_sits_beside_its_bar_which_has_an_accessible_name()
    {
        var grid = RenderGrid(Row(CommitmentStatus.InProgress, 60, daysOverdue: 5));

        var bar = grid.Find("[role=progressbar]");
        Assert.Equal("办理进度 60%", bar.GetAttribute("aria-label"));
        Assert.Equal("60%", grid.Find("[data-testid=commitment-progress]").TextContent.Trim());
        Assert.Null(grid.Find("[data-testid=commitment-progress]").Closest(".mud-progress-linear"));
        Assert.Equal("逾期5天", grid.Find("[data-testid=commitment-overdue]").TextContent.Trim());
    }

    [Fact]
    public void Only_the_office_may_cancel_a_commitment()
    {
        var unit = RenderGrid(Row(CommitmentStatus.InProgress, 20));
        Assert.Empty(unit.FindAll("[data-testid=commitment-cancel]"));
        Assert.NotEmpty(unit.FindAll("[data-testid=commitment-done]"));

        var office = RenderGrid(Row(CommitmentStatus.InProgress, 20, viewer: Office));
        Assert.NotEmpty(office.FindAll("[data-testid=commitment-cancel]"));
    }
}
