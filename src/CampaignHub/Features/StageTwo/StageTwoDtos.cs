using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;

namespace CampaignHub.Features.StageTwo;

/// <summary>One unit's row on the stage-two overview: the domain's progress and what the columns say.</summary>
public sealed record StageTwoRowDto(
    int UnitId,
    string UnitName,
    string UnitKind,
    StageTwoProgress Progress,
    string MaterialStatus,
    int MissingTalks,
    string Meeting,
    DateOnly? BriefingHeldOn);

public sealed record StageTwoOverviewDto(int CampaignId, string CampaignTitle, IReadOnlyList<StageTwoRowDto> Rows);

public sealed record PersonOptionDto(int Id, string Name, string? Title, string Role);

public sealed record OptionDto(int Id, string Name);

public sealed record MaterialVersionDto(int Number, string Kind, MaterialText Text, string ByName, DateTimeOffset At, string Decision, string? DecisionNote, string? DecidedByName);

public sealed record MaterialCommentDto(string Text, string ByName, string ByRole, DateTimeOffset At);

/// <summary>A material as its editor shows it, with what the viewer may do with it and why not.</summary>
public sealed record MaterialDto(
    int Id,
    int Version,
    MaterialKind Kind,
    string KindName,
    string AuthorName,
    MaterialStatus Status,
    string StatusName,
    MaterialText Text,
    string? CirculationScope,
    string? ReturnReason,
    DateOnly? SentOutOn,
    IReadOnlyList<MaterialVersionDto> Versions,
    IReadOnlyList<MaterialCommentDto> Comments,
    IReadOnlyDictionary<MaterialAction, ActionAnswer> Actions);

public sealed record TalkDto(int Id, string FirstName, string SecondName, DateOnly HeldOn, string Topics, string? OpinionsToFirst, string? OpinionsToSecond);

public sealed record OversightDto(int Id, string MemberName, string DepartmentName, string? HeadName);

public sealed record ContributionDto(string PersonName, string SelfCriticism, string? CriticismReceived, string? ResponseToPublic);

public sealed record AppraisalDto(string PersonName, string Result);

public sealed record MeetingDto(
    int Id,
    int Version,
    MeetingKind Kind,
    string KindName,
    string StatusName,
    DateOnly ScheduledOn,
    string UpperLeaderName,
    string? SupervisionGroupName,
    DateOnly? HeldOn,
    string? SupervisionReview,
    string? ReviewedByName,
    IReadOnlyList<ContributionDto> Contributions,
    IReadOnlyList<AppraisalDto> Appraisals,
    DateOnly? BriefingHeldOn,
    string? BriefingAttendance,
    string? BriefingMaterial,
    IReadOnlyDictionary<MeetingAction, ActionAnswer> Actions);

/// <summary>Everything of one unit's stage two, with what the viewer may start.</summary>
public sealed record StageTwoUnitDto(
    int CampaignId,
    int UnitId,
    string UnitName,
    DateOnly Today,
    StageTwoProgress Progress,
    IReadOnlyList<PersonOptionDto> Team,
    IReadOnlyList<PersonOptionDto> Members,
    IReadOnlyList<PersonOptionDto> TalkPeople,
    IReadOnlyList<MaterialDto> Materials,
    ActionAnswer CanStartMaterial,
    IReadOnlyList<TalkDto> Talks,
    TalkCoverageResult Coverage,
    ActionAnswer CanKeepRecords,
    IReadOnlyList<OversightDto> Oversights,
    IReadOnlyList<OptionDto> Departments,
    MeetingDto? Meeting,
    IReadOnlyList<OptionDto> SupervisionGroups,
    string? MeetingNotReady);

public sealed record StartMaterialInput(MaterialKind Kind, int AuthorPersonId, MaterialText Text);

/// <summary>A material's texts sent with the version the editor started from.</summary>
public sealed record MaterialTextInput(int Version, MaterialText Text);

public sealed record NoteInput(int Version, string? Note);

public sealed record CommentInput(string? Text);

public sealed record ScheduleMeetingInput(MeetingKind Kind, MeetingArrangement Arrangement);

public sealed record ContributionInput(int PersonId, ContributionRecord Record);

/// <summary>What a material's panel asks the page to do: the action, on the texts as the editor shows them.</summary>
/// <summary>An action on a material; <paramref name="BaseVersion"/> is the stored version the typed text started from.</summary>
public sealed record MaterialRequest(MaterialDto Material, MaterialAction Action, MaterialText Text, int BaseVersion);
