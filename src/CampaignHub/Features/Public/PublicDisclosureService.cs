using CampaignHub.Domain.Campaigns;
using System.Net;
using CampaignHub.Data;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Opinions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignHub.Features.Public;

/// <summary>
/// One disclosed item on /public. Deliberately carries no person's name or phone: only the unit,
/// the matter, its status and progress, and the public's rating counts.
/// </summary>
public sealed record PublicItemDto(
    RatedItemKind Kind,
    int Id,
    string UnitName,
    string Title,
    string Goal,
    DateOnly? Deadline,
    string Status,
    int ProgressPercent,
    bool Finished,
    bool CanBeRated,
    PublicRatingCounts Ratings,
    int DaysOverdue);

/// <summary>The public disclosure page (公示) and the public's ratings, once per item per device.</summary>
public sealed class PublicDisclosureService(
    IDbContextFactory<CampaignHubDbContext> dbFactory,
    IClock clock,
    RaterKeys raterKeys,
    IOptions<PublicFormOptions> limits,
    IHttpContextAccessor httpContextAccessor)
{
    public const string DeviceCookie = "CampaignHub.Device";

    public async Task<IReadOnlyList<PublicItemDto>> ListAsync(string? unitQuery, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaignId = await CurrentCampaign.IdAsync(db, clock.Today, cancellationToken);
        if (campaignId is null)
        {
            return [];
        }

        var units = await db.Set<Unit>().AsNoTracking().Select(u => new { u.Id, u.Name, u.ShortName }).ToListAsync(cancellationToken);
        var query = unitQuery?.Trim();
        var matching = units.Where(u => string.IsNullOrEmpty(query) || u.Name.Contains(query, StringComparison.Ordinal) || (u.ShortName?.Contains(query, StringComparison.Ordinal) ?? false))
            .ToDictionary(u => u.Id, u => u.ShortName ?? u.Name);
        return (await DisclosedItemsAsync(db, campaignId.Value, matching, clock.Today, cancellationToken)).Select(i => i.Item).ToList();
    }

    /// <summary>
    /// The disclosed items (公开承诺、公开整改) of the given units in a campaign, with the unit each belongs to: what the
    /// public page shows, and what a volunteer supervisor watches for the units they oversee.
    /// </summary>
    internal static async Task<IReadOnlyList<(int UnitId, PublicItemDto Item)>> DisclosedItemsAsync(CampaignHubDbContext db, int campaignId, IReadOnlyDictionary<int, string> unitNames, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = unitNames.Keys.ToList();
        var commitments = await db.Set<Commitment>().AsNoTracking()
            .Where(c => c.CampaignId == campaignId && c.IsPublic && c.Status != CommitmentStatus.Cancelled && ids.Contains(c.ResponsibleUnitId))
            .ToListAsync(cancellationToken);
        var items = await db.Set<RectificationItem>().AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.IsPublic && ids.Contains(r.UnitId))
            .ToListAsync(cancellationToken);

        var result = commitments.Select(c => (c.ResponsibleUnitId, new PublicItemDto(
                RatedItemKind.Commitment, c.Id, unitNames[c.ResponsibleUnitId], c.Content, c.Goal, c.Deadline, c.Status.ToChinese(), c.ProgressPercent,
                c.Status == CommitmentStatus.Done, c.Status == CommitmentStatus.Done, c.PublicRatings, c.DaysOverdue(today))))
            .Concat(items.Select(r => (r.UnitId, new PublicItemDto(
                RatedItemKind.RectificationItem, r.Id, unitNames[r.UnitId], r.Title, r.Goal ?? string.Empty, r.Deadline, r.Status.ToChinese(), r.ProgressPercent,
                r.Status.IsFinished(), r.Status.IsFinished(), r.PublicRatings, r.DaysOverdue(today)))));
        return result.OrderBy(i => i.Item2.UnitName, StringComparer.Ordinal).ThenBy(i => i.Item2.Kind).ThenBy(i => i.Item2.Id).ToList();
    }

    /// <summary>Which of the listed items this device has already rated.</summary>
    public async Task<IReadOnlySet<(RatedItemKind, int)>> RatedByAsync(string? deviceId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(deviceId))
        {
            return new HashSet<(RatedItemKind, int)>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rated = await db.Set<PublicRatingEntry>().AsNoTracking().Where(r => r.DeviceId == deviceId).Select(r => new { r.ItemKind, r.ItemId }).ToListAsync(cancellationToken);
        return rated.Select(r => (r.ItemKind, r.ItemId)).ToHashSet();
    }

    /// <summary>Records one device's rating from the current request's client (see <see cref="RaterKeys"/>).</summary>
    public Task RateAsync(RatedItemKind kind, int itemId, string deviceId, PublicRating rating, CancellationToken cancellationToken = default) =>
        RateAsync(kind, itemId, deviceId, httpContextAccessor.HttpContext?.Connection.RemoteIpAddress, rating, cancellationToken);

    /// <summary>
    /// Records one device's rating; a second rating of the same item by the same device is refused, and so
    /// is a rating past the client's or the item's daily quota. The client is kept only as its rater key.
    /// </summary>
    public async Task RateAsync(RatedItemKind kind, int itemId, string deviceId, IPAddress? client, PublicRating rating, CancellationToken cancellationToken = default)
    {
        var clientKey = raterKeys.For(client);
        var quota = new PublicRatingQuota(limits.Value.RatingsPerClientPerDay, limits.Value.RatingsPerItemPerDay);
        var actor = new Actor("public", "群众评价", new HashSet<string>(), null);
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            if (await db.Set<PublicRatingEntry>().AnyAsync(r => r.ItemKind == kind && r.ItemId == itemId && r.DeviceId == deviceId, cancellationToken))
            {
                throw new DomainException("您已评价过该事项，每台设备只能评价一次");
            }

            IPubliclyRatable item;
            int campaignId;
            switch (kind)
            {
                case RatedItemKind.RectificationItem:
                    var rectification = await db.Set<RectificationItem>().FirstOrDefaultAsync(r => r.Id == itemId, cancellationToken) ?? throw new NotFoundException("找不到该事项");
                    item = rectification;
                    campaignId = rectification.CampaignId;
                    break;
                case RatedItemKind.Commitment:
                    var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == itemId, cancellationToken) ?? throw new NotFoundException("找不到该事项");
                    item = commitment;
                    campaignId = commitment.CampaignId;
                    break;
                default:
                    throw new DomainException("评价对象无效");
            }

            var dayStart = ChinaTime.StartOf(clock.Today);
            var today = new PublicRatingsToday(
                await db.Set<PublicRatingEntry>().CountAsync(r => r.ClientKey == clientKey && r.RatedAt >= dayStart, cancellationToken),
                await db.Set<PublicRatingEntry>().CountAsync(r => r.ItemKind == kind && r.ItemId == itemId && r.RatedAt >= dayStart, cancellationToken));
            var earlier = rating == PublicRating.Unsatisfied
                ? await db.Set<PublicRatingEntry>().AsNoTracking().Where(r => r.ItemKind == kind && r.ItemId == itemId).ToListAsync(cancellationToken)
                : [];
            var rules = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Rules).SingleAsync(cancellationToken);
            db.Add(PublicRatingEntry.Rate(item, deviceId, clientKey, rating, quota, today, clock, earlier, rules.ReopenReview()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The unique index caught a double submission racing the check above.
                throw new DomainException("您已评价过该事项，每台设备只能评价一次");
            }
        }
    }
}
