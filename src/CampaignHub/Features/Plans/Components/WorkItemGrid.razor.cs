using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using CampaignHub.Components.Shared;
using MudBlazor;

namespace CampaignHub.Features.Plans.Components;

/// <summary>What a row's action button asks for.</summary>
public sealed record WorkItemCommand(string Name, WorkItemRow Row);

public partial class WorkItemGrid
{
    /// <summary>A unit has up to a few hundred items; a page of them keeps each open grid small.</summary>
    private const int PageSize = 25;

    private List<WorkItemRow> rows = [];
    private int currentPage;
    private WorkItemRow? editing;
    private IReadOnlyList<FieldError> errors = [];
    private (WorkItemRow Mine, WorkItemDto Theirs)? conflict;
    private bool saving;

    [Inject]
    private WorkItemService Items { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

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

    private bool IsEditing(WorkItemRow row) => ReferenceEquals(row, editing);

    /// <summary>Whether progress may be typed into the row: the domain's answer, for a new row that of a planned item.</summary>
    private ActionAnswer ProgressAnswer(WorkItemRow row) => row.Saved?.Can(WorkItemAction.EnterProgress)
        ?? WorkItemActionRules.StateProblem(WorkItemAction.EnterProgress, new WorkItemFacts(Data.UnitId, row.Kind, WorkItemStatus.Planned, 0, Data.PlanStatus));

    private bool HasError(string field) => errors.For(field) is not null;

    private string? ErrorFor(string field) => errors.For(field);

    /// <summary>The input element's own attributes: its accessible name and the test id the browser tests type into.</summary>
    private static Dictionary<string, object?> Attributes(string testId, string label) => new() { ["data-testid"] = testId, ["aria-label"] = label };

    private string RowClass(WorkItemRow row, int index) =>
        IsEditing(row) ? "ch-wi-row-editing" : row.Saved?.DaysOverdue > 0 ? "ch-wi-row-overdue" : string.Empty;

    private void AddRow()
    {
        var row = new WorkItemRow { PlannedDate = Data.Today, PhaseId = Data.Lookups.Phases.FirstOrDefault()?.Id };
        errors = [];
        editing = row;
        rows = [row, .. rows];
        currentPage = 0; // the new row is the first one
    }

    private void Edit(WorkItemRow row)
    {
        errors = [];
        editing = row;
    }

    private void CancelEdit()
    {
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
            CancelEdit();
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

            await EndEditAsync("已保存");
        }
        catch (WorkItemValidationException ex)
        {
            errors = ex.Errors;
        }
        catch (ConcurrencyConflictException ex)
        {
            await EndEditAsync(null);
            conflict = ex.Current is WorkItemDto theirs ? (mine, theirs) : null;
            Warn($"未保存：{(ex.Current is null ? "该事项已被他人删除" : ex.Message)}", Severity.Warning);
        }
        catch (DomainException ex)
        {
            errors = [new FieldError(ex is AccessDeniedException ? "Title" : FieldFor(ex.Message), ex.Message)];
            Warn($"未保存：{ex.Message}", Severity.Error);
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

    private async Task EndEditAsync(string? success)
    {
        editing = null;
        errors = [];
        if (success is not null)
        {
            Snackbar.Add(success, Severity.Success);
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
            Snackbar.Add("已使用您的修改重新保存", Severity.Success);
            await OnChanged.InvokeAsync();
        }
        catch (ConcurrencyConflictException ex) when (ex.Current is WorkItemDto newer)
        {
            conflict = (c.Mine, newer);
            Warn($"未保存：{ex.Message}", Severity.Warning);
        }
        catch (DomainException ex)
        {
            Warn($"未保存：{ex.Message}", Severity.Error);
        }
    }

    private void DiscardConflict() => conflict = null;

    private async Task OpenEvidenceAsync(WorkItemDto item)
    {
        var parameters = new DialogParameters<EvidenceDialog> { { d => d.WorkItemId, item.Id } };
        await Dialogs.ShowFormAsync<EvidenceDialog, object>($"实物资料：{item.Title}", parameters);
        await OnChanged.InvokeAsync();
    }

    private async Task RunActionAsync(WorkItemCommand action)
    {
        if (action.Name == "edit")
        {
            Edit(action.Row);
            return;
        }

        var item = action.Row.Saved!;
        string? reason = null;
        if (action.Name == "cancel")
        {
            reason = await Dialogs.AskCancelReasonAsync(item.Title);
            if (reason is null)
            {
                return;
            }
        }
        else if (action.Name == "delete" && !await Dialogs.ConfirmAsync("删除事项", $"删除“{item.Title}”？", "删除"))
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
            Snackbar.Add(message, Severity.Success);
        }
        catch (DomainException ex)
        {
            Warn($"操作未完成：{ex.Message}", Severity.Error);
        }

        await OnChanged.InvokeAsync();
    }

    private void Warn(string message, Severity severity) => Snackbar.Add(message, severity, o => o.VisibleStateDuration = 8000);

    private static async Task<string> Done(Task task, string message)
    {
        await task;
        return message;
    }
}
