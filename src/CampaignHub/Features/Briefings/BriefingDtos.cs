using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;

namespace CampaignHub.Features.Briefings;

public sealed record BriefingOptionDto(int Id, string Name);

public sealed record NewsEvidenceDto(int Id, string FileName, long SizeBytes, string UploadedByName, DateTimeOffset UploadedAt);

/// <summary>A submission as the viewer sees it, with what they may do with it and why not.</summary>
public sealed record NewsItemRowDto(
    int Id,
    int UnitId,
    string UnitName,
    NewsKind Kind,
    string KindText,
    string Title,
    string Body,
    DateOnly OccurredOn,
    NewsItemStatus Status,
    string StatusText,
    DateOnly? SubmittedOn,
    string? ReturnReason,
    int ReturnCount,
    string? PublishedIn,
    int? BriefingId,
    IReadOnlyList<NewsEvidenceDto> Evidence,
    IReadOnlyDictionary<NewsItemAction, ActionAnswer> Actions)
{
    public ActionAnswer Can(NewsItemAction action) => Actions.TryGetValue(action, out var answer) ? answer : ActionAnswer.NotApplicable("无效的操作");
}

/// <summary>How many submissions stand where (the office's queue first).</summary>
public sealed record NewsCounts(int Submitted, int Selected, int Returned, int Published, int Drafts);

public sealed record NewsListDto(
    int CampaignId,
    string CampaignTitle,
    IReadOnlyList<NewsItemRowDto> Rows,
    NewsCounts Counts,
    ActionAnswer MayReport,
    IReadOnlyList<BriefingOptionDto> ReportableUnits);

/// <summary>A new submission; <see cref="Submit"/> sends it to the office at once.</summary>
public sealed record NewsItemInput(int UnitId, NewsItemDetails Details, bool Submit);

public sealed record ReturnNewsInput(string? Reason);

/// <summary>An issue in the list of 简报.</summary>
public sealed record BriefingRowDto(
    int Id,
    int? Number,
    string NumberText,
    string Title,
    BriefingVisibility Visibility,
    string VisibilityText,
    string EditedBy,
    string IssuedBy,
    DateOnly IssuedOn,
    BriefingStatus Status,
    string StatusText,
    IReadOnlyList<string> ArticleTitles,
    IReadOnlyList<int> NewsItemIds,
    ActionAnswer MayRevise,
    ActionAnswer MayIssue);

/// <summary>A selected submission the office may put into an issue.</summary>
public sealed record SelectableNewsDto(int Id, string UnitName, string KindText, string Title, DateOnly OccurredOn);

public sealed record BriefingsDto(
    int CampaignId,
    string CampaignTitle,
    IReadOnlyList<BriefingRowDto> Rows,
    ActionAnswer MayCompile,
    IReadOnlyList<SelectableNewsDto> Selectable);

public sealed record BriefingInput(BriefingDetails Details, IReadOnlyList<int>? NewsItemIds);

public sealed record BriefingArticleDto(int Order, string KindText, string UnitName, string Title, string Body, DateOnly OccurredOn);

/// <summary>One issue as printed (A4 page, .docx).</summary>
public sealed record BriefingDocumentDto(
    int Id,
    int CampaignId,
    string CampaignTitle,
    string IssuingBody,
    string NumberText,
    string Title,
    BriefingVisibility Visibility,
    string VisibilityText,
    string EditedBy,
    string IssuedBy,
    DateOnly IssuedOn,
    BriefingStatus Status,
    IReadOnlyList<BriefingArticleDto> Articles)
{
    public bool IsIssued => Status == BriefingStatus.Issued;
}

/// <summary>An issued 简报 as a link (the leading group's report, the public pages).</summary>
public sealed record BriefingLinkDto(int Id, string NumberText, string Title, DateOnly IssuedOn, string VisibilityText, int Articles);
