using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// A campaign as the set-up form (or a template) describes it, before it is saved or applied to a
/// running campaign. Ids are those of existing phases and milestones; null for new ones.
/// </summary>
public sealed record CampaignDraft(
    string Title,
    string DocumentNumber,
    string IssuingBody,
    DateOnly IssuedOn,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<PhaseDraft> Phases,
    CampaignRules Rules,
    IReadOnlyList<int> UnitIds)
{
    /// <summary>
    /// The same draft with every missing list, text or rule set filled with its empty value, so a request
    /// with fields left out is refused with a message rather than failing.
    /// </summary>
    public CampaignDraft Normalised() => new(
        Title ?? string.Empty,
        DocumentNumber ?? string.Empty,
        IssuingBody ?? string.Empty,
        IssuedOn,
        StartDate,
        EndDate,
        (Phases ?? []).Where(p => p is not null).Select(p => new PhaseDraft(
            p.Id,
            p.Name ?? string.Empty,
            p.StartDate,
            p.EndDate,
            (p.Milestones ?? []).Where(m => m is not null).Select(m => new MilestoneDraft(m.Id, m.Title ?? string.Empty, m.DueDate, m.Description, m.UnitIds ?? [])).ToList())).ToList(),
        Rules ?? CampaignRules.Default,
        UnitIds ?? []);

    /// <summary>Every milestone with the index of its phase.</summary>
    public IEnumerable<(int PhaseIndex, int MilestoneIndex, MilestoneDraft Milestone)> AllMilestones() =>
        Phases.SelectMany((phase, p) => phase.Milestones.Select((milestone, m) => (p, m, milestone)));
}

public sealed record PhaseDraft(int? Id, string Name, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<MilestoneDraft> Milestones);

/// <param name="UnitIds">The units the milestone applies to; empty for every participating unit.</param>
public sealed record MilestoneDraft(int? Id, string Title, DateOnly DueDate, string? Description, IReadOnlyList<int> UnitIds);

/// <summary>
/// The set-up rules a whole campaign must satisfy: texts present, dates plausible, phases ordered and
/// inside the campaign, milestones inside their phases, rule parameters consistent. One list of
/// problems so the form can show each beside its field; saving refuses while any remain.
/// </summary>
public static class CampaignSetupRules
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2099;
    public const int MaxPhases = 20;
    public const int MaxMilestones = 200;
    public const int MaxUnits = 5000;

    public static IReadOnlyList<SetupProblem> Problems(CampaignDraft draft)
    {
        draft = draft.Normalised();
        var problems = new List<SetupProblem>();
        void Add(string field, string message) => problems.Add(new SetupProblem(field, message));

        Text(draft.Title, "活动名称", 200, nameof(CampaignDraft.Title), problems);
        Text(draft.DocumentNumber, "文号", 50, nameof(CampaignDraft.DocumentNumber), problems);
        Text(draft.IssuingBody, "发文单位", 100, nameof(CampaignDraft.IssuingBody), problems);

        var datesPlausible = true;
        foreach (var (field, label, date) in new[] { (nameof(CampaignDraft.IssuedOn), "发文日期", draft.IssuedOn), (nameof(CampaignDraft.StartDate), "开始日期", draft.StartDate), (nameof(CampaignDraft.EndDate), "结束日期", draft.EndDate) })
        {
            if (date.Year is < EarliestYear or > LatestYear)
            {
                Add(field, $"{label}须在{EarliestYear}年至{LatestYear}年之间");
                datesPlausible = false;
            }
        }

        if (!datesPlausible)
        {
            return problems;
        }

        if (draft.EndDate < draft.StartDate)
        {
            Add(nameof(CampaignDraft.EndDate), "结束日期不能早于开始日期");
            return problems;
        }

        var period = new DateRange(draft.StartDate, draft.EndDate);
        if (draft.IssuedOn > draft.EndDate)
        {
            Add(nameof(CampaignDraft.IssuedOn), "发文日期不能晚于活动结束日期");
        }

        problems.AddRange(draft.Rules.Problems(period));
        PhaseProblems(draft, period, problems);
        UnitProblems(draft, problems);
        return problems;
    }

    /// <summary>Refuses the draft with every problem's message when any remain.</summary>
    public static void Ensure(CampaignDraft? draft)
    {
        if (draft is null)
        {
            throw new DomainException("请填写活动设置");
        }

        var problems = Problems(draft);
        if (problems.Count > 0)
        {
            throw new CampaignSetupException(problems);
        }
    }

    private static void PhaseProblems(CampaignDraft draft, DateRange period, List<SetupProblem> problems)
    {
        if (draft.Phases.Count == 0)
        {
            problems.Add(new SetupProblem("Phases", "请至少设置一个环节"));
            return;
        }

        if (draft.Phases.Count > MaxPhases)
        {
            problems.Add(new SetupProblem("Phases", $"环节不能超过{MaxPhases}个"));
            return;
        }

        if (draft.AllMilestones().Count() > MaxMilestones)
        {
            problems.Add(new SetupProblem("Phases", $"时间节点不能超过{MaxMilestones}个"));
            return;
        }

        PhaseDraft? previous = null;
        for (var p = 0; p < draft.Phases.Count; p++)
        {
            var phase = draft.Phases[p];
            var field = $"Phases[{p}]";
            var name = string.IsNullOrWhiteSpace(phase.Name) ? $"第{p + 1}个环节" : phase.Name.Trim();
            Text(phase.Name, "环节名称", 100, field + ".Name", problems);
            if (phase.EndDate < phase.StartDate)
            {
                problems.Add(new SetupProblem(field + ".EndDate", $"环节“{name}”的结束日期不能早于开始日期"));
                continue;
            }

            var phasePeriod = new DateRange(phase.StartDate, phase.EndDate);
            if (!period.Contains(phasePeriod))
            {
                problems.Add(new SetupProblem(field + ".StartDate", $"环节“{name}”的日期必须在活动期间（{CampaignRules.Describe(period)}）之内"));
            }

            if (previous is not null && phase.StartDate <= previous.EndDate)
            {
                problems.Add(new SetupProblem(field + ".StartDate", $"环节“{name}”必须在上一环节“{previous.Name.Trim()}”结束（{previous.EndDate:yyyy-MM-dd}）之后开始"));
            }

            previous = phase;
            for (var m = 0; m < phase.Milestones.Count; m++)
            {
                MilestoneProblems(phase.Milestones[m], name, phasePeriod, draft.UnitIds, $"{field}.Milestones[{m}]", problems);
            }
        }
    }

    private static void MilestoneProblems(MilestoneDraft milestone, string phaseName, DateRange phasePeriod, IReadOnlyList<int> campaignUnits, string field, List<SetupProblem> problems)
    {
        Text(milestone.Title, "节点名称", 100, field + ".Title", problems);
        if (milestone.Description is { Length: > 1000 })
        {
            problems.Add(new SetupProblem(field + ".Description", "节点说明不能超过1000个字符"));
        }

        if (!phasePeriod.Contains(milestone.DueDate))
        {
            problems.Add(new SetupProblem(field + ".DueDate", $"时间节点“{milestone.Title?.Trim()}”的日期必须在环节“{phaseName}”期间（{CampaignRules.Describe(phasePeriod)}）之内"));
        }

        if (milestone.UnitIds.Any(id => !campaignUnits.Contains(id)))
        {
            problems.Add(new SetupProblem(field + ".UnitIds", $"时间节点“{milestone.Title?.Trim()}”只能指定本活动的参加单位"));
        }
    }

    private static void UnitProblems(CampaignDraft draft, List<SetupProblem> problems)
    {
        if (draft.UnitIds.Count > MaxUnits)
        {
            problems.Add(new SetupProblem("UnitIds", $"参加单位不能超过{MaxUnits}个"));
        }
        else if (draft.UnitIds.Any(id => id <= 0) || draft.UnitIds.Distinct().Count() != draft.UnitIds.Count)
        {
            problems.Add(new SetupProblem("UnitIds", "参加单位有误"));
        }
    }

    private static void Text(string? value, string label, int maxLength, string field, List<SetupProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new SetupProblem(field, $"{label}不能为空"));
        }
        else if (value.Trim().Length > maxLength)
        {
            problems.Add(new SetupProblem(field, $"{label}不能超过{maxLength}个字符"));
        }
    }
}

/// <summary>A campaign set-up refused: every problem, the first one's message as the exception's.</summary>
public sealed class CampaignSetupException(IReadOnlyList<SetupProblem> problems)
    : DomainException(string.Join("；", problems.Select(p => p.Message).Distinct()))
{
    public IReadOnlyList<SetupProblem> Problems { get; } = problems;
}
