using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// One campaign (主题活动): its document number (文号), issuing body, period, ordered phases,
/// milestones and participating units.
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
    }

    public Campaign(string title, string documentNumber, string issuingBody, DateOnly issuedOn, DateOnly startDate, DateOnly endDate)
    {
        Title = Guard.Required(title, "活动名称", 200);
        DocumentNumber = Guard.Required(documentNumber, "文号", 50);
        IssuingBody = Guard.Required(issuingBody, "发文单位", 100);
        if (startDate < issuedOn)
        {
            throw new DomainException("活动开始日期不能早于发文日期");
        }

        _ = new DateRange(startDate, endDate);
        IssuedOn = issuedOn;
        StartDate = startDate;
        EndDate = endDate;
        SatisfactionThreshold = DefaultSatisfactionThreshold;
    }

    /// <summary>Below this satisfaction rate a unit is flagged (e.g. 80%).</summary>
    public const decimal DefaultSatisfactionThreshold = 0.80m;

    public string Title { get; private set; }

    public string DocumentNumber { get; private set; }

    public string IssuingBody { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public decimal SatisfactionThreshold { get; private set; }

    public DateRange Period => new(StartDate, EndDate);

    public IReadOnlyList<Phase> Phases => _phases.OrderBy(p => p.Order).ToList();

    public IReadOnlyList<Milestone> Milestones => _milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Id).ToList();

    public IReadOnlyList<CampaignUnit> Units => _units;

    /// <summary>Appends a phase. Phases are ordered, do not overlap, and lie inside the campaign period.</summary>
    public Phase AddPhase(string name, DateOnly startDate, DateOnly endDate)
    {
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

        var phase = new Phase(name, (last?.Order ?? 0) + 1, startDate, endDate);
        _phases.Add(phase);
        return phase;
    }

    /// <summary>Adds a milestone to a phase; its date must fall inside that phase.</summary>
    public Milestone AddMilestone(Phase phase, string title, DateOnly dueDate, string? description = null)
    {
        if (!_phases.Contains(phase))
        {
            throw new DomainException("时间节点必须属于本活动的环节");
        }

        if (!phase.Period.Contains(dueDate))
        {
            throw new DomainException($"时间节点“{title}”的日期必须在环节“{phase.Name}”期间之内");
        }

        var milestone = new Milestone(phase, title, description, dueDate);
        _milestones.Add(milestone);
        return milestone;
    }

    public Phase PhaseOf(Milestone milestone) => milestone.Phase;

    public void Reschedule(DateOnly startDate, DateOnly endDate)
    {
        var period = new DateRange(startDate, endDate);
        if (_phases.Any(p => !period.Contains(p.Period)))
        {
            throw new DomainException("活动期间必须包含所有环节");
        }

        StartDate = startDate;
        EndDate = endDate;
    }

    public void SetSatisfactionThreshold(decimal threshold)
    {
        if (threshold is <= 0m or > 1m)
        {
            throw new DomainException("满意率阈值必须在0%到100%之间");
        }

        SatisfactionThreshold = threshold;
        Raise(new SatisfactionThresholdSet(this));
    }

    public void Enrol(int unitId)
    {
        if (_units.Any(u => u.UnitId == unitId))
        {
            return;
        }

        _units.Add(new CampaignUnit(unitId));
    }

    public bool Includes(int unitId) => _units.Any(u => u.UnitId == unitId);

    /// <summary>The phase running on a given day, if any.</summary>
    public Phase? PhaseOn(DateOnly day) => _phases.FirstOrDefault(p => p.Period.Contains(day));
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
