using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Public;
using CampaignHub.Features.Units;

namespace CampaignHub.Features.PublicOversight;

/// <summary>
/// One volunteer supervisor in the office's register. <see cref="MaskedPhone"/> is what lists and exports show;
/// <see cref="Details"/> (with the full phone) only fills the office's edit form.
/// </summary>
public sealed record VolunteerRowDto(
    int Id,
    string Name,
    string MaskedPhone,
    string? Note,
    string UnitNames,
    DateOnly AppointedOn,
    DateOnly? EndedOn,
    string? EndReason,
    string Standing,
    string? UserName,
    int Observations,
    int Answered,
    bool CanRevise,
    bool CanEnd,
    bool CanOpenAccount,
    VolunteerInput Details);

public sealed record VolunteerRegisterDto(int CampaignId, string CampaignTitle, DateOnly Today, IReadOnlyList<VolunteerRowDto> Volunteers, IReadOnlyList<UnitOptionDto> Units);

public sealed record VolunteerInput(string? Name, string? Phone, string? Note, DateOnly? AppointedOn, IReadOnlyList<int>? UnitIds);

public sealed record EndAppointmentInput(DateOnly? EndedOn, string? Reason);

public sealed record OpenVolunteerAccountInput(string? UserName);

/// <summary>A unit a volunteer oversees.</summary>
public sealed record WatchedUnitDto(int Id, string Name);

/// <summary>A disclosed item a volunteer watches: the public page's item with the unit it belongs to.</summary>
public sealed record WatchedItemDto(int UnitId, PublicItemDto Item);

/// <summary>One of the volunteer's own observations, followed to the unit's answer.</summary>
public sealed record ObservationDto(
    int Id,
    string ReceiptNumber,
    DateOnly RaisedOn,
    string UnitName,
    string? ItemTitle,
    string Category,
    string Content,
    string Status,
    string? Answer,
    DateOnly? AnsweredOn);

/// <summary>What a signed-in volunteer supervisor sees: only the units they oversee, their items and their own observations.</summary>
public sealed record VolunteerDeskDto(
    string VolunteerName,
    string CampaignTitle,
    DateOnly Today,
    IReadOnlyList<WatchedUnitDto> Units,
    IReadOnlyList<WatchedItemDto> Items,
    IReadOnlyList<ObservationDto> Observations);

/// <summary>A volunteer's observation (监督意见) on a unit they oversee, optionally on one of its disclosed items.</summary>
public sealed record ObservationInput(int? UnitId, RatedItemKind? ItemKind, int? ItemId, OpinionCategory? Category, string? Content);

/// <summary>One channel schedule (主席接待日, 12338, 12345) as the office's register and the public page show it.</summary>
public sealed record ChannelScheduleDto(
    int Id,
    OpinionSource Source,
    string SourceName,
    string Receiver,
    string Days,
    string Hours,
    string? Place,
    string? Phone,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    DateOnly? NextSession,
    bool IsWithdrawn,
    ChannelScheduleInput Details);

public sealed record ChannelScheduleInput(
    OpinionSource? Source,
    string? Receiver,
    ChannelRepeat? Repeat,
    IReadOnlyList<DayOfWeek>? Weekdays,
    int? DayOfMonth,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    string? Place,
    string? Phone,
    DateOnly? ValidFrom,
    DateOnly? ValidTo);

/// <summary>A past session the office can name when entering an opinion heard there.</summary>
public sealed record ChannelSessionDto(int ScheduleId, OpinionSource Source, DateOnly Date, string Label);
