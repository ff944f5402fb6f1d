using CampaignHub.Domain.Campaigns;

namespace CampaignHub.Features.Campaigns;

/// <summary>The set-up form's editable state. Converts to and from the domain's <see cref="CampaignDraft"/>.</summary>
public sealed class CampaignForm
{
    public string Title { get; set; } = string.Empty;

    public string DocumentNumber { get; set; } = string.Empty;

    public string IssuingBody { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public List<PhaseForm> Phases { get; } = [];

    public HashSet<int> UnitIds { get; set; } = [];

    public int ExperienceActivitiesMin { get; set; } = CampaignRules.DefaultExperienceActivitiesMin;

    public int ExperienceActivitiesMax { get; set; } = CampaignRules.DefaultExperienceActivitiesMax;

    public decimal SatisfactionThresholdPercent { get; set; } = CampaignRules.DefaultSatisfactionThreshold * 100m;

    public int MinimumRespondents { get; set; } = CampaignRules.DefaultMinimumRespondents;

    public DateOnly? LedgerDueDate { get; set; }

    public DateOnly? ThreeChecksStart { get; set; }

    public DateOnly? ThreeChecksEnd { get; set; }

    public int ReopenMinimumRaters { get; set; } = CampaignRules.DefaultReopenMinimumRaters;

    public decimal ReopenMinimumSharePercent { get; set; } = CampaignRules.DefaultReopenShare * 100m;

    public int? MinimumMonthsPerUnit { get; set; }

    public decimal RedoRecognitionThresholdPercent { get; set; } = CampaignRules.DefaultRedoRecognitionThreshold * 100m;

    public static CampaignForm From(CampaignDraft draft)
    {
        var form = new CampaignForm
        {
            Title = draft.Title,
            DocumentNumber = draft.DocumentNumber,
            IssuingBody = draft.IssuingBody,
            IssuedOn = draft.IssuedOn,
            StartDate = draft.StartDate,
            EndDate = draft.EndDate,
            UnitIds = [.. draft.UnitIds],
            ExperienceActivitiesMin = draft.Rules.ExperienceActivitiesMin,
            ExperienceActivitiesMax = draft.Rules.ExperienceActivitiesMax,
            SatisfactionThresholdPercent = draft.Rules.SatisfactionThreshold * 100m,
            MinimumRespondents = draft.Rules.MinimumRespondents,
            LedgerDueDate = draft.Rules.LedgerDueDate,
            ThreeChecksStart = draft.Rules.ThreeChecksStart,
            ThreeChecksEnd = draft.Rules.ThreeChecksEnd,
            ReopenMinimumRaters = draft.Rules.ReopenMinimumRaters,
            ReopenMinimumSharePercent = draft.Rules.ReopenMinimumShare * 100m,
            MinimumMonthsPerUnit = draft.Rules.MinimumMonthsPerUnit,
            RedoRecognitionThresholdPercent = draft.Rules.RedoRecognitionThreshold * 100m,
        };
        form.Phases.AddRange(draft.Phases.Select(p => new PhaseForm
        {
            Id = p.Id,
            Name = p.Name,
            StartDate = p.StartDate,
            EndDate = p.EndDate,
            Milestones = p.Milestones.Select(m => new MilestoneForm { Id = m.Id, Title = m.Title, DueDate = m.DueDate, Description = m.Description, UnitIds = [.. m.UnitIds] }).ToList(),
        }));
        return form;
    }

    /// <summary>Missing dates are reported by the form itself; everything else by <see cref="CampaignSetupRules"/>.</summary>
    public IReadOnlyList<SetupProblem> Problems()
    {
        var missing = new List<SetupProblem>();
        void Need(DateOnly? value, string field, string label)
        {
            if (value is null)
            {
                missing.Add(new SetupProblem(field, $"请填写{label}"));
            }
        }

        Need(IssuedOn, nameof(IssuedOn), "发文日期");
        Need(StartDate, nameof(StartDate), "开始日期");
        Need(EndDate, nameof(EndDate), "结束日期");
        for (var p = 0; p < Phases.Count; p++)
        {
            Need(Phases[p].StartDate, $"Phases[{p}].StartDate", "环节开始日期");
            Need(Phases[p].EndDate, $"Phases[{p}].EndDate", "环节结束日期");
            for (var m = 0; m < Phases[p].Milestones.Count; m++)
            {
                Need(Phases[p].Milestones[m].DueDate, $"Phases[{p}].Milestones[{m}].DueDate", "节点日期");
            }
        }

        return missing.Count > 0 ? missing : CampaignSetupRules.Problems(ToDraft());
    }

    public CampaignDraft ToDraft() => new(
        Title,
        DocumentNumber,
        IssuingBody,
        IssuedOn ?? default,
        StartDate ?? default,
        EndDate ?? default,
        Phases.Select(p => new PhaseDraft(
            p.Id,
            p.Name,
            p.StartDate ?? default,
            p.EndDate ?? default,
            p.Milestones.Select(m => new MilestoneDraft(m.Id, m.Title, m.DueDate ?? default, m.Description, [.. m.UnitIds])).ToList())).ToList(),
        new CampaignRules
        {
            ExperienceActivitiesMin = ExperienceActivitiesMin,
            ExperienceActivitiesMax = ExperienceActivitiesMax,
            SatisfactionThreshold = SatisfactionThresholdPercent / 100m,
            MinimumRespondents = MinimumRespondents,
            LedgerDueDate = LedgerDueDate,
            ThreeChecksStart = ThreeChecksStart,
            ThreeChecksEnd = ThreeChecksEnd,
            ReopenMinimumRaters = ReopenMinimumRaters,
            ReopenMinimumShare = ReopenMinimumSharePercent / 100m,
            MinimumMonthsPerUnit = MinimumMonthsPerUnit,
            RedoRecognitionThreshold = RedoRecognitionThresholdPercent / 100m,
        },
        [.. UnitIds.Order()]);
}

public sealed class PhaseForm
{
    public int? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public List<MilestoneForm> Milestones { get; set; } = [];
}

public sealed class MilestoneForm
{
    public int? Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public DateOnly? DueDate { get; set; }

    public string? Description { get; set; }

    /// <summary>Empty: every participating unit.</summary>
    public HashSet<int> UnitIds { get; set; } = [];

    /// <summary>The multi-select's view of <see cref="UnitIds"/>.</summary>
    public IReadOnlyCollection<int>? Scope
    {
        get => UnitIds;
        set => UnitIds = [.. value ?? []];
    }
}
