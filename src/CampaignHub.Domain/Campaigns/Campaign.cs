using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// One campaign (主题活动): its document number (文号), issuing body, period, ordered phases,
/// milestones, participating units and rule parameters. Closed campaigns are archived and read-only.
/// </summary>
public sealed class Campaign : AggregateRoot
{
    private readonly List<Phase> _phases = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<CampaignUnit> _units = [];

    private Campaign()
    {
        Title = string.Empty;
        DocumentNumber = string.Empty;
        IssuingBody = string.Empty;
        Rules = CampaignRules.Default;
    }

    public Campaign(string title, string documentNumber, string issuingBody, DateOnly issuedOn, DateOnly startDate, DateOnly endDate)
    {
        Title = Guard.Required(title, "活动名称", 200);
        DocumentNumber = Guard.Required(documentNumber, "文号", 50);
        IssuingBody = Guard.Required(issuingBody, "发文单位", 100);
        _ = new DateRange(startDate, endDate);

        // A plan may be issued after its first stage began (历下妇发〔2011〕9号 was issued on 24 March for a
        // stage starting early March), but never after the campaign ended.
        if (issuedOn > endDate)
        {
            throw new DomainException("发文日期不能晚于活动结束日期");
        }

        IssuedOn = issuedOn;
        StartDate = startDate;
        EndDate = endDate;
        Rules = CampaignRules.Default;
    }

    /// <summary>Below this satisfaction rate a unit is flagged (e.g. 80%).</summary>
    public const decimal DefaultSatisfactionThreshold = CampaignRules.DefaultSatisfactionThreshold;

    public string Title { get; private set; }

    public string DocumentNumber { get; private set; }

    public string IssuingBody { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public CampaignRules Rules { get; private set; }

    public CampaignStatus Status { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    public bool IsArchived => Status == CampaignStatus.Archived;

    public DateRange Period => new(StartDate, EndDate);

    public IReadOnlyList<Phase> Phases => _phases.OrderBy(p => p.Order).ToList();

    public IReadOnlyList<Milestone> Milestones => _milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Id).ToList();

    public IReadOnlyList<CampaignUnit> Units => _units;

    /// <summary>Creates a campaign from a reviewed draft: every set-up rule is checked first, with every problem reported.</summary>
    public static Campaign Create(CampaignDraft draft)
    {
        CampaignSetupRules.Ensure(draft);
        draft = draft.Normalised();
        var campaign = new Campaign(draft.Title, draft.DocumentNumber, draft.IssuingBody, draft.IssuedOn, draft.StartDate, draft.EndDate)
        {
            Rules = draft.Rules,
        };
        foreach (var unitId in draft.UnitIds)
        {
            campaign.Enrol(unitId);
        }

        foreach (var phaseDraft in draft.Phases)
        {
            var phase = campaign.AddPhase(phaseDraft.Name, phaseDraft.StartDate, phaseDraft.EndDate);
            foreach (var m in phaseDraft.Milestones)
            {
                campaign.AddMilestone(phase, m.Title, m.DueDate, m.Description, m.UnitIds);
            }
        }

        campaign.Raise(new CampaignCreated(campaign));
        return campaign;
    }

    /// <summary>The campaign as a draft, for the edit form and for copying.</summary>
    public CampaignDraft ToDraft() => new(
        Title,
        DocumentNumber,
        IssuingBody,
        IssuedOn,
        StartDate,
        EndDate,
        Phases.Select(p => new PhaseDraft(
            p.Id,
            p.Name,
            p.StartDate,
            p.EndDate,
            Milestones.Where(m => m.Phase == p).Select(m => new MilestoneDraft(m.Id, m.Title, m.DueDate, m.Description, m.UnitIds.ToList())).ToList())).ToList(),
        Rules,
        _units.Select(u => u.UnitId).ToList());

    /// <summary>
    /// A copy for the following year(s): the same phases, milestones, units and rules with every date moved by
    /// whole years, the year inside the document number moved too; no records are copied.
    /// </summary>
    public Campaign CopyShiftedBy(int years)
    {
        if (years is < 1 or > 10)
        {
            throw new DomainException("复制活动只能顺延1到10年");
        }

        var draft = ToDraft();
        var copy = draft with
        {
            DocumentNumber = draft.DocumentNumber.Replace($"〔{StartDate.Year}〕", $"〔{StartDate.Year + years}〕", StringComparison.Ordinal)
                .Replace($"[{StartDate.Year}]", $"[{StartDate.Year + years}]", StringComparison.Ordinal),
            IssuedOn = IssuedOn.AddYears(years),
            StartDate = StartDate.AddYears(years),
            EndDate = EndDate.AddYears(years),
            Rules = Rules.ShiftedBy(years),
            Phases = draft.Phases.Select(p => new PhaseDraft(
                null,
                p.Name,
                p.StartDate.AddYears(years),
                p.EndDate.AddYears(years),
                p.Milestones.Select(m => m with { Id = null, DueDate = m.DueDate.AddYears(years) }).ToList())).ToList(),
        };
        return Create(copy);
    }

    /// <summary>
    /// Applies an edited draft to the running campaign. The whole result is checked first; then any change
    /// that would orphan or strand existing records is refused with the reason: removing a milestone units
    /// have completed, a phase that still holds milestones or work items, a unit with records, or shrinking
    /// the period past dated records.
    /// </summary>
    public void Revise(CampaignDraft draft, CampaignRecords records)
    {
        EnsureEditable();
        CampaignSetupRules.Ensure(draft);
        draft = draft.Normalised();
        EnsureRevisionKeepsRecords(draft, records);
        Raise(new CampaignRevised(this));

        Title = draft.Title.Trim();
        DocumentNumber = draft.DocumentNumber.Trim();
        IssuingBody = draft.IssuingBody.Trim();
        IssuedOn = draft.IssuedOn;
        StartDate = draft.StartDate;
        EndDate = draft.EndDate;
        Rules = draft.Rules;

        foreach (var unitId in draft.UnitIds)
        {
            Enrol(unitId);
        }

        _units.RemoveAll(u => !draft.UnitIds.Contains(u.UnitId));

        var keptPhaseIds = draft.Phases.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        var keptMilestoneIds = draft.AllMilestones().Where(x => x.Milestone.Id is not null).Select(x => x.Milestone.Id!.Value).ToHashSet();
        _milestones.RemoveAll(m => !keptMilestoneIds.Contains(m.Id));
        _phases.RemoveAll(p => !keptPhaseIds.Contains(p.Id));

        var order = 1;
        foreach (var phaseDraft in draft.Phases)
        {
            var phase = phaseDraft.Id is { } id ? _phases.Single(p => p.Id == id) : AppendPhase(phaseDraft.Name, phaseDraft.StartDate, phaseDraft.EndDate);
            phase.Revise(phaseDraft.Name, order++, phaseDraft.StartDate, phaseDraft.EndDate);
            foreach (var m in phaseDraft.Milestones)
            {
                if (m.Id is { } milestoneId)
                {
                    _milestones.Single(x => x.Id == milestoneId).Revise(phase, m.Title, m.Description, m.DueDate, m.UnitIds);
                }
                else
                {
                    _milestones.Add(new Milestone(phase, m.Title, m.Description, m.DueDate, m.UnitIds));
                }
            }
        }
    }

    private void EnsureRevisionKeepsRecords(CampaignDraft draft, CampaignRecords records)
    {
        var draftPhaseIds = draft.Phases.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToList();
        var draftMilestones = draft.AllMilestones().Where(x => x.Milestone.Id is not null).ToList();
        if (draftPhaseIds.Any(id => _phases.All(p => p.Id != id)) || draftPhaseIds.Distinct().Count() != draftPhaseIds.Count)
        {
            throw new NotFoundException("环节不属于本活动");
        }

        if (draftMilestones.Any(x => _milestones.All(m => m.Id != x.Milestone.Id)) || draftMilestones.Select(x => x.Milestone.Id).Distinct().Count() != draftMilestones.Count)
        {
            throw new NotFoundException("时间节点不属于本活动");
        }

        var keptMilestoneIds = draftMilestones.Select(x => x.Milestone.Id!.Value).ToHashSet();
        foreach (var removed in _milestones.Where(m => !keptMilestoneIds.Contains(m.Id)))
        {
            EnsureMilestoneRemovable(removed, records);
        }

        foreach (var removed in _phases.Where(p => !draftPhaseIds.Contains(p.Id)))
        {
            EnsurePhaseRemovable(removed, records, keptMilestoneIds);
        }

        foreach (var removed in _units.Select(u => u.UnitId).Where(id => !draft.UnitIds.Contains(id)))
        {
            EnsureUnitWithdrawable(removed, records);
        }

        foreach (var (_, _, m) in draftMilestones)
        {
            if (m.UnitIds.Count > 0 && records.CompletedUnitsByMilestone.TryGetValue(m.Id!.Value, out var completed) && completed.Any(u => !m.UnitIds.Contains(u)))
            {
                throw new DomainException($"时间节点“{m.Title.Trim()}”已有单位记录完成，不能把这些单位移出适用范围");
            }
        }

        EnsurePeriodKeepsRecords(new DateRange(draft.StartDate, draft.EndDate), records);
    }

    /// <summary>Adds a phase. Phases are ordered, do not overlap, and lie inside the campaign period.</summary>
    public Phase AddPhase(string name, DateOnly startDate, DateOnly endDate)
    {
        EnsureEditable();
        var period = new DateRange(startDate, endDate);
        if (!Period.Contains(period))
        {
            throw new DomainException($"环节“{name}”的日期必须在活动期间（{StartDate:yyyy-MM-dd} 至 {EndDate:yyyy-MM-dd}）之内");
        }

        var last = _phases.OrderBy(p => p.Order).LastOrDefault();
        if (last is not null && startDate <= last.EndDate)
        {
            throw new DomainException($"环节“{name}”必须在上一环节“{last.Name}”结束（{last.EndDate:yyyy-MM-dd}）之后开始");
        }

        return AppendPhase(name, startDate, endDate);
    }

    private Phase AppendPhase(string name, DateOnly startDate, DateOnly endDate)
    {
        var phase = new Phase(name, _phases.Count == 0 ? 1 : _phases.Max(p => p.Order) + 1, startDate, endDate);
        _phases.Add(phase);
        return phase;
    }

    /// <summary>Adds a milestone to a phase; its date must fall inside that phase. No units named: it applies to every participating unit.</summary>
    public Milestone AddMilestone(Phase phase, string title, DateOnly dueDate, string? description = null, IReadOnlyList<int>? unitIds = null)
    {
        EnsureEditable();
        if (!_phases.Contains(phase))
        {
            throw new DomainException("时间节点必须属于本活动的环节");
        }

        if (!phase.Period.Contains(dueDate))
        {
            throw new DomainException($"时间节点“{title}”的日期必须在环节“{phase.Name}”期间之内");
        }

        if (unitIds is not null && unitIds.Any(id => !Includes(id)))
        {
            throw new DomainException($"时间节点“{title}”只能指定本活动的参加单位");
        }

        var milestone = new Milestone(phase, title, description, dueDate, unitIds ?? []);
        _milestones.Add(milestone);
        return milestone;
    }

    /// <summary>Moves a phase's dates. It stays inside the campaign, clear of its neighbours, and keeps its milestones.</summary>
    public void ReschedulePhase(Phase phase, DateOnly startDate, DateOnly endDate)
    {
        EnsureEditable();
        if (!_phases.Contains(phase))
        {
            throw new DomainException("环节不属于本活动");
        }

        var period = new DateRange(startDate, endDate);
        if (!Period.Contains(period))
        {
            throw new DomainException($"环节“{phase.Name}”的日期必须在活动期间（{CampaignRules.Describe(Period)}）之内");
        }

        if (_phases.Where(p => p != phase).FirstOrDefault(p => p.Period.Start <= endDate && startDate <= p.Period.End) is { } neighbour)
        {
            throw new DomainException($"环节“{phase.Name}”不能与环节“{neighbour.Name}”（{CampaignRules.Describe(neighbour.Period)}）重叠");
        }

        if (_milestones.FirstOrDefault(m => m.Phase == phase && !period.Contains(m.DueDate)) is { } stranded)
        {
            throw new DomainException($"时间节点“{stranded.Title}”（{stranded.DueDate:yyyy-MM-dd}）将落在环节“{phase.Name}”之外，请先调整该时间节点");
        }

        phase.Revise(phase.Name, phase.Order, startDate, endDate);
        Renumber();
    }

    /// <summary>Moves a milestone's due date; it must stay inside its phase.</summary>
    public void RescheduleMilestone(Milestone milestone, DateOnly dueDate)
    {
        EnsureEditable();
        if (!_milestones.Contains(milestone))
        {
            throw new DomainException("时间节点不属于本活动");
        }

        if (!milestone.Phase.Period.Contains(dueDate))
        {
            throw new DomainException($"时间节点“{milestone.Title}”的日期必须在环节“{milestone.Phase.Name}”期间（{CampaignRules.Describe(milestone.Phase.Period)}）之内");
        }

        milestone.Revise(milestone.Phase, milestone.Title, milestone.Description, dueDate, milestone.UnitIds);
    }

    public void RemoveMilestone(Milestone milestone, CampaignRecords records)
    {
        EnsureEditable();
        EnsureMilestoneRemovable(milestone, records);
        _milestones.Remove(milestone);
    }

    public void RemovePhase(Phase phase, CampaignRecords records)
    {
        EnsureEditable();
        EnsurePhaseRemovable(phase, records, _milestones.Select(m => m.Id).ToHashSet());
        _phases.Remove(phase);
        Renumber();
    }

    /// <summary>Phases are numbered in date order.</summary>
    private void Renumber()
    {
        var order = 1;
        foreach (var p in _phases.OrderBy(p => p.StartDate).ToList())
        {
            p.Revise(p.Name, order++, p.StartDate, p.EndDate);
        }
    }

    /// <summary>Changes the campaign period: it must keep every phase and every dated record already inside it.</summary>
    public void Reschedule(DateOnly startDate, DateOnly endDate, CampaignRecords? records = null)
    {
        EnsureEditable();
        var period = new DateRange(startDate, endDate);
        if (_phases.Any(p => !period.Contains(p.Period)))
        {
            throw new DomainException("活动期间必须包含所有环节");
        }

        EnsurePeriodKeepsRecords(period, records ?? CampaignRecords.None);
        StartDate = startDate;
        EndDate = endDate;
    }

    public void SetRules(CampaignRules rules)
    {
        EnsureEditable();
        var problems = rules.Problems(Period);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join("；", problems.Select(p => p.Message)));
        }

        Rules = rules;
        Raise(new SatisfactionThresholdSet(this));
    }

    public void SetSatisfactionThreshold(decimal threshold) => SetRules(Rules with { SatisfactionThreshold = threshold });

    public void Enrol(int unitId)
    {
        EnsureEditable();
        if (unitId <= 0)
        {
            throw new DomainException("参加单位有误");
        }

        if (_units.Any(u => u.UnitId == unitId))
        {
            return;
        }

        _units.Add(new CampaignUnit(unitId));
    }

    /// <summary>Takes a unit out of the campaign; refused once it has records here.</summary>
    public void Withdraw(int unitId, CampaignRecords records)
    {
        EnsureEditable();
        EnsureUnitWithdrawable(unitId, records);
        _units.RemoveAll(u => u.UnitId == unitId);
        foreach (var milestone in _milestones.Where(m => m.UnitIds.Contains(unitId)))
        {
            var remaining = milestone.UnitIds.Where(id => id != unitId).ToList();
            if (remaining.Count == 0)
            {
                throw new DomainException($"时间节点“{milestone.Title}”只适用于该单位，请先修改或删除该时间节点");
            }

            milestone.Revise(milestone.Phase, milestone.Title, milestone.Description, milestone.DueDate, remaining);
        }
    }

    /// <summary>Closes the campaign and archives it: from now on its set-up can no longer be changed.</summary>
    public void Archive(DateOnly today)
    {
        EnsureEditable();
        Status = CampaignStatus.Archived;
        ArchivedOn = today;
        Raise(new CampaignArchived(this));
    }

    /// <summary>Whether the campaign's set-up may still be changed: not once it is archived (the editor then only shows it).</summary>
    public ActionAnswer WhyCannotEdit() =>
        ActionAnswer.When(!IsArchived, ActionAnswer.NotApplicable($"活动“{Title}”已结束归档，不能再修改"));

    /// <summary>Refuses any change to an archived campaign.</summary>
    public void EnsureEditable() => WhyCannotEdit().Ensure();

    public bool Includes(int unitId) => _units.Any(u => u.UnitId == unitId);

    /// <summary>The phase running on a given day, if any.</summary>
    public Phase? PhaseOn(DateOnly day) => _phases.FirstOrDefault(p => p.Period.Contains(day));

    private static void EnsureMilestoneRemovable(Milestone milestone, CampaignRecords records)
    {
        if (records.HasCompletions(milestone.Id))
        {
            throw new DomainException($"时间节点“{milestone.Title}”已有{records.CompletedUnitsByMilestone[milestone.Id].Count}个单位记录完成，不能删除");
        }
    }

    private void EnsurePhaseRemovable(Phase phase, CampaignRecords records, IReadOnlySet<int> milestonesStaying)
    {
        if (_milestones.Any(m => m.Phase == phase && milestonesStaying.Contains(m.Id)))
        {
            throw new DomainException($"环节“{phase.Name}”下还有时间节点，请先删除或移走这些时间节点");
        }

        if (records.PhasesInUse.Contains(phase.Id))
        {
            throw new DomainException($"环节“{phase.Name}”已有工作事项归入，不能删除");
        }
    }

    private static void EnsureUnitWithdrawable(int unitId, CampaignRecords records)
    {
        if (records.UnitsWithRecords.Contains(unitId) || records.CompletedUnitsByMilestone.Values.Any(units => units.Contains(unitId)))
        {
            throw new DomainException("该单位在本活动中已有实施方案、工作事项或其他记录，不能移出参加单位");
        }
    }

    private static void EnsurePeriodKeepsRecords(DateRange period, CampaignRecords records)
    {
        if (records.RecordDates is { } dates && !period.Contains(dates))
        {
            throw new DomainException($"本活动已有记录的日期在 {CampaignRules.Describe(dates)} 之间，活动期间不能缩短到不包含这些记录");
        }
    }
}

/// <summary>A unit taking part in a campaign.</summary>
public sealed class CampaignUnit
{
    private CampaignUnit()
    {
    }

    internal CampaignUnit(int unitId) => UnitId = unitId;

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }
}
