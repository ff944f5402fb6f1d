using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Units;

namespace CampaignHub.Features.Supervision;

/// <summary>One finding as the lists show it, with the domain's answers for the viewer (the buttons render from them).</summary>
public sealed record FindingDto(
    int ActionId,
    int ActionVersion,
    int Number,
    int UnitId,
    string UnitName,
    SupervisionActionType ActionType,
    DateOnly ActionDate,
    string Examined,
    string Problem,
    FindingStatus Status,
    string StatusText,
    string? Response,
    string? RespondedByName,
    DateTimeOffset? RespondedAt,
    string? ReturnReason,
    string? CloseNote,
    string? ClosedByName,
    DateTimeOffset? ClosedAt)
{
    public IReadOnlyDictionary<FindingAction, ActionAnswer> Answers { get; init; } = new Dictionary<FindingAction, ActionAnswer>();

    public string ActionTypeName => ActionType.ToChinese();

    public ActionAnswer Answer(FindingAction action) => Answers.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("无效的操作");
}

/// <summary>One supervision action with its findings and the domain's answers for the viewer.</summary>
public sealed record SupervisionActionDto(
    int Id,
    int Version,
    int CampaignId,
    int UnitId,
    string UnitName,
    string? GroupName,
    SupervisionActionType Type,
    DateOnly Date,
    string Examined,
    string? Summary,
    string RecordedByName,
    bool IsClosed,
    string StatusText,
    int OpenFindings,
    IReadOnlyList<FindingDto> Findings,
    ActionAnswer AddFinding,
    ActionAnswer Conclude)
{
    public string TypeName => Type.ToChinese();

    public string ExaminedLabel => Type.ExaminedLabel();
}

/// <summary>A unit's line in a group's workload: actions by type and the findings still open.</summary>
public sealed record WorkloadRowDto(int UnitId, string UnitName, int ReviewMaterials, int SpotChecks, int Meetings, int LookBacks, int OpenFindings)
{
    public int Total => ReviewMaterials + SpotChecks + Meetings + LookBacks;
}

/// <summary>The supervision-action dashboard: what the viewer's groups did (or, for the office, every group) and what is still open.</summary>
public sealed record SupervisionWorkDto(
    int CampaignId,
    string CampaignTitle,
    DateOnly Today,
    string Scope,
    IReadOnlyList<SupervisionActionDto> Actions,
    IReadOnlyList<FindingDto> OpenFindings,
    IReadOnlyList<WorkloadRowDto> Workload,
    IReadOnlyList<UnitOptionDto> RecordableUnits,
    ActionAnswer Record)
{
    public int CountOf(SupervisionActionType type) => Actions.Count(a => a.Type == type);
}

/// <summary>The 记录督导活动 form. Findings: one problem per line.</summary>
public sealed class SupervisionActionInput
{
    public SupervisionActionType? Type { get; set; }

    public int? UnitId { get; set; }

    public DateOnly? Date { get; set; }

    public string Examined { get; set; } = string.Empty;

    public string? Summary { get; set; }

    public IReadOnlyList<string> Findings { get; set; } = [];
}

public sealed record FindingTextRequest(int ExpectedVersion, string? Text);

/// <summary>A text written about one finding: the unit's answer, the close note or the return reason.</summary>
public sealed record FindingText(FindingDto Finding, string? Text);
