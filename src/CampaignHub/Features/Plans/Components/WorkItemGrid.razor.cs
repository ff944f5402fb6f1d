using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Radzen;
using Radzen.Blazor;

namespace CampaignHub.Features.Plans.Components;

public sealed record Option<T>(T Value, string Text);

/// <summary>What a row's action button asks for.</summary>
public sealed record WorkItemAction(string Name, WorkItemRow Row);

public partial class WorkItemGrid
{
    private static readonly IReadOnlyList<Option<WorkItemKind>> KindOptions =
        WorkItemNames.AllKinds.Select(k => new Option<WorkItemKind>(k, k.ToChinese())).ToList();

    private static readonly IReadOnlyList<Option<GrassrootsVisitTheme?>> ThemeOptions =
        Enum.GetValues<GrassrootsVisitTheme>().Select(t => new Option<GrassrootsVisitTheme?>(t, t.ToChinese())).ToList();

    private RadzenDataGrid<WorkItemRow> grid = default!;
    private List<WorkItemRow> rows = [];
    private WorkItemRow? editing;
    private IReadOnlyList<FieldError> errors = [];
    private (WorkItemRow Mine, WorkItemDto Theirs)? conflict;
    private bool saving;

    [Inject]
    private WorkItemService Items { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Parameter, EditorRequired]
    public UnitWorkItemsDto Data { get; set; } = default!;

    /// <summary>Asks the page to reload after a save.</summary>
    [Parameter, EditorRequired]
    public EventCallback OnChanged { get; set; }

    protected override void OnParametersSet()
    {
        // A live refresh never throws away the row being typed into; it is applied when the edit ends.
        if (editing is null)
        {
            rows = Data.Items.Select(WorkItemRow.From).ToList();
        }
    }

    private string PhaseName(int? id) => Data.Lookups.Phases.FirstOrDefault(p => p.Id == id)?.Name ?? string.Empty;

    private string MilestoneName(int? id) => Data.Lookups.Milestones.FirstOrDefault(m => m.Id == id)?.Title ?? "—";

    private string LeaderName(int? id) => Data.Lookups.Leaders.FirstOrDefault(l => l.Id == id)?.Name ?? "—";

    private IEnumerable<MilestoneOption> MilestonesFor(int? phaseId) =>
        Data.Lookups.Milestones.Where(m => phaseId is null || m.PhaseId == phaseId);

    private static int Percent(WorkItemRow row) => row.Status == WorkItemStatus.Done ? 100 : row.Saved?.ProgressPercent ?? 0;

    private void RowRender(RowRenderEventArgs<WorkItemRow> args)
    {
        if (args.Data is not { } row || args.Attributes is not { } attributes)
        {
            return;
        }

        attributes["data-testid"] = row.IsNew ? "wi-row-new" : $"wi-row-{row.Id}";
        if (row.Saved?.DaysOverdue > 0)
        {
            attributes["class"] = "ch-wi-row-overdue";
        }
    }

    private async Task AddRowAsync()
    {
        var row = new WorkItemRow { PlannedDate = Data.Today.ToDateTime(TimeOnly.MinValue), PhaseId = Data.Lookups.Phases.FirstOrDefault()?.Id };
        errors = [];
        editing = row;
        rows.Insert(0, row);
        await grid.InsertRow(row);
    }

    private async Task EditAsync(WorkItemRow row)
    {
        errors = [];
        editing = row;
        await grid.EditRow(row);
    }

    private void CancelEdit(WorkItemRow row)
    {
        grid.CancelEditRow(row);
        editing = null;
        errors = [];
        rows = Data.Items.Select(WorkItemRow.From).ToList();
    }

    private async Task OnKeyUpAsync(KeyboardEventArgs e)
    {
        if (editing is null)
        {
            return;
        }

        if (e.Key == "Enter")
        {
            await SaveAsync(editing);
        }
        else if (e.Key == "Escape")
        {
            CancelEdit(editing);
        }
    }

    private async Task SaveAsync(WorkItemRow row)
    {
        if (saving)
        {
            return;
        }

        errors = WorkItemRules.Validate(row.ToDetails(), Data.Lookups);
        if (errors.Count > 0)
        {
            return;
        }

        saving = true;
        var mine = row.Copy();
        try
        {
            var actor = await CurrentActor.GetAsync();
            if (row.IsNew)
            {
                await Items.AddAsync(actor, Data.CampaignId, Data.UnitId, row.ToDetails());
            }
            else
            {
                await Items.UpdateAsync(actor, row.Id, row.Version, row.ToDetails(), row.ProgressPercent);
            }

            await EndEditAsync(row, "已保存");
        }
        catch (WorkItemValidationException ex)
        {
            errors = ex.Errors;
        }
        catch (ConcurrencyConflictException ex)
        {
            await EndEditAsync(row, null);
            conflict = ex.Current is WorkItemDto theirs ? (mine, theirs) : null;
            Notifications.Notify(NotificationSeverity.Warning, "未保存", ex.Current is null ? "该事项已被他人删除" : ex.Message, TimeSpan.FromSeconds(8));
        }
        catch (DomainException ex)
        {
            errors = [new FieldError(ex is AccessDeniedException ? "Title" : FieldFor(ex.Message), ex.Message)];
            Notifications.Notify(NotificationSeverity.Error, "未保存", ex.Message, TimeSpan.FromSeconds(8));
        }
        finally
        {
            saving = false;
        }
    }

    /// <summary>Puts a domain message next to the field it is about (progress and kind rules come from the domain's Edit).</summary>
    private static string FieldFor(string message) =>
        message.Contains("进度", StringComparison.Ordinal) ? nameof(WorkItemRow.ProgressPercent)
        : message.Contains("类型", StringComparison.Ordinal) ? nameof(WorkItemRow.Kind)
        : nameof(WorkItemRow.Title);

    private async Task EndEditAsync(WorkItemRow row, string? success)
    {
        grid.CancelEditRow(row);
        editing = null;
        errors = [];
        if (success is not null)
        {
            Notifications.Notify(NotificationSeverity.Success, success);
        }

        await OnChanged.InvokeAsync();
    }

    private async Task ReapplyAsync()
    {
        if (conflict is not { } c)
        {
            return;
        }

        var actor = await CurrentActor.GetAsync();
        try
        {
            await Items.UpdateAsync(actor, c.Theirs.Id, c.Theirs.Version, c.Mine.ToDetails(), c.Mine.ProgressPercent);
            conflict = null;
            Notifications.Notify(NotificationSeverity.Success, "已使用您的修改重新保存");
            await OnChanged.InvokeAsync();
        }
        catch (ConcurrencyConflictException ex) when (ex.Current is WorkItemDto newer)
        {
            conflict = (c.Mine, newer);
            Notifications.Notify(NotificationSeverity.Warning, "未保存", ex.Message, TimeSpan.FromSeconds(8));
        }
        catch (DomainException ex)
        {
            Notifications.Notify(NotificationSeverity.Error, "未保存", ex.Message, TimeSpan.FromSeconds(8));
        }
    }

    private void DiscardConflict() => conflict = null;

    private async Task OpenEvidenceAsync(WorkItemDto item)
    {
        await Dialogs.OpenAsync<EvidenceDialog>($"实物资料：{item.Title}",
            new Dictionary<string, object?> { ["WorkItemId"] = item.Id, ["CanEdit"] = Data.CanEdit },
            new DialogOptions { Width = "560px" });
        await OnChanged.InvokeAsync();
    }

    private async Task RunActionAsync(WorkItemAction action)
    {
        if (action.Name == "edit")
        {
            await EditAsync(action.Row);
            return;
        }

        var item = action.Row.Saved!;
        string? reason = null;
        if (action.Name == "cancel")
        {
            reason = await Dialogs.OpenAsync<ReasonDialog>($"取消事项：{item.Title}",
                new Dictionary<string, object?> { ["Label"] = "取消原因", ["ConfirmText"] = "取消该事项" }, new DialogOptions { Width = "480px" }) as string;
            if (reason is null)
            {
                return;
            }
        }
        else if (action.Name == "delete" && await Dialogs.Confirm($"删除“{item.Title}”？", "删除事项", new ConfirmOptions { OkButtonText = "删除", CancelButtonText = "不删除" }) != true)
        {
            return;
        }

        var actor = await CurrentActor.GetAsync();
        try
        {
            var message = action.Name switch
            {
                "approve" => await Done(Items.ApproveAsync(actor, item.Id, item.Version), "已批准"),
                "start" => await Done(Items.StartAsync(actor, item.Id, item.Version), "已开始"),
                "complete" => await Done(Items.CompleteAsync(actor, item.Id, item.Version), "已完成"),
                "cancel" => await Done(Items.CancelAsync(actor, item.Id, item.Version, reason!), "已取消"),
                _ => await Done(Items.DeleteAsync(actor, item.Id, item.Version), "已删除"),
            };
            Notifications.Notify(NotificationSeverity.Success, message);
        }
        catch (DomainException ex)
        {
            Notifications.Notify(NotificationSeverity.Error, "操作未完成", ex.Message, TimeSpan.FromSeconds(8));
        }

        await OnChanged.InvokeAsync();
    }

    private static async Task<string> Done(Task task, string message)
    {
        await task;
        return message;
    }
}
