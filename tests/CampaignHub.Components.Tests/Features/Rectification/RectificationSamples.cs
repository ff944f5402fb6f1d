using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Rectification;

namespace CampaignHub.Components.Tests.Features.Rectification;

/// <summary>A rectification item as each role receives it from the service: the unit's coordinator may edit it,
/// a supervisor may verify it, the office may do both.</summary>
internal static class RectificationSamples
{
    public static readonly DateOnly Today = new(2014, 4, 10);

    public static RectificationDetailDto AsCoordinator(RectificationStatus status, IReadOnlyList<FourHave>? missing = null, int evidence = 0) =>
        Item(status, missing ?? [], evidence, canEdit: true, canVerify: false, Coordinator);

    public static RectificationDetailDto AsSupervisor(RectificationStatus status, IReadOnlyList<FourHave>? missing = null, int evidence = 0) =>
        Item(status, missing ?? [], evidence, canEdit: false, canVerify: true, Supervisor);

    public static RectificationDetailDto AsOffice(RectificationStatus status, IReadOnlyList<FourHave>? missing = null, int evidence = 0) =>
        Item(status, missing ?? [], evidence, canEdit: true, canVerify: true, Office);

    private static readonly UnitTree Tree = new([(1, null), (12, 1)]);
    private static readonly Actor Office = new("office", "区活动办 李明", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Supervisor = new("supervisor", "督导组", new HashSet<string> { Roles.Supervisor }, null);
    private static readonly Actor Coordinator = new("unit", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, 12);

    /// <summary>The viewer's actions as the service asks the domain: a real item brought to <paramref name="status"/>.</summary>
    private static IReadOnlyDictionary<RectificationAction, ActionAnswer> Actions(RectificationStatus status, IReadOnlyList<FourHave> missing, Actor viewer)
    {
        var clock = new FixedClock(new DateTimeOffset(2014, 4, 10, 9, 0, 0, ChinaTime.Offset));
        var item = RectificationItem.Create(1, 12, "窗口办事排长队", "便民服务中心窗口少，群众排队时间长", Office, Tree, clock);
        item.SetFourHaves(
            missing.Contains(FourHave.Goal) ? null : "排队不超过15分钟",
            missing.Contains(FourHave.Measures) ? null : "增设两个综合窗口",
            missing.Contains(FourHave.ResponsiblePerson) ? null : "王主任",
            missing.Contains(FourHave.Deadline) ? null : new DateOnly(2014, 4, 30),
            Office,
            Tree);
        if (status != RectificationStatus.NotStarted)
        {
            item.Start(Office, Tree, clock);
        }

        if (status is RectificationStatus.Completed or RectificationStatus.Verified or RectificationStatus.Reopened)
        {
            item.Complete(Office, Tree, clock, "现场整改，无书面材料");
        }

        if (status == RectificationStatus.Verified)
        {
            item.Verify(null, Office, clock);
        }

        if (status == RectificationStatus.Reopened)
        {
            item.Reopen("群众反映仍排长队", Office);
        }

        return RectificationDetailDto.AnswersFor(item, viewer, Tree);
    }

    private static RectificationDetailDto Item(RectificationStatus status, IReadOnlyList<FourHave> missing, int evidence, bool canEdit, bool canVerify, Actor viewer) => new(
        Id: 7, Version: 3, CampaignId: 1, UnitId: 12, UnitName: "东山街道", Title: "窗口办事排长队", Problem: "便民服务中心窗口少，群众排队时间长",
        Goal: missing.Contains(FourHave.Goal) ? null : "排队不超过15分钟",
        Measures: missing.Contains(FourHave.Measures) ? null : "增设两个综合窗口",
        ResponsiblePerson: missing.Contains(FourHave.ResponsiblePerson) ? null : "王主任",
        Deadline: missing.Contains(FourHave.Deadline) ? null : new DateOnly(2014, 4, 30),
        Status: status, IsQuickFix: false, ProgressPercent: status == RectificationStatus.InProgress ? 40 : 0, ThemeId: null, ThemeName: null,
        IsPublic: false, Answer: null, NoEvidenceReason: null,
        StartedOn: null, CompletedOn: null, VerifiedOn: status == RectificationStatus.Verified ? new DateOnly(2014, 4, 8) : null,
        VerifiedBy: status == RectificationStatus.Verified ? "区活动办 李明" : null, VerificationComment: null,
        ReopenCount: 0, LastReopenReason: null, NeedsReopenReview: false, RatedSatisfied: 0, RatedBasicallySatisfied: 0, RatedUnsatisfied: 0,
        Missing: missing, DaysOverdue: 0,
        Evidence: Enumerable.Range(1, evidence).Select(i => new EvidenceDto(i, $"现场{i}.jpg", "image/jpeg", 2048, "东山街道联络员", DateTimeOffset.UtcNow)).ToList(),
        LinkedOpinions: [], CanEdit: canEdit, CanVerify: canVerify, CanDecideReopen: canVerify && canEdit, Today: Today)
    {
        Actions = Actions(status, missing, viewer),
    };
}
