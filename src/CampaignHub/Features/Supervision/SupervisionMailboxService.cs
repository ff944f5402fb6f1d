using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Features.Public;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// The public 监督信箱: a letter enters the opinions pipeline as a public submission whose source is the mailbox,
/// with a receipt number to follow it up; the office then hands it to a unit like any other opinion.
/// </summary>
public sealed class SupervisionMailboxService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    private static readonly Actor PublicActor = new("public", "群众（监督信箱）", new HashSet<string>(), null);

    public async Task<string> SubmitAsync(OpinionCategory category, string content, string? name, string? phone, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(PublicActor, cancellationToken);
        var campaignId = await CurrentCampaign.IdAsync(db, clock.Today, cancellationToken) ?? throw new DomainException("当前没有正在开展的活动，暂不能投递");
        var opinion = Opinion.SubmitByPublic(campaignId, category, content, name, phone, clock, OpinionSource.SupervisionMailbox);
        db.Add(opinion);
        await db.SaveChangesAsync(cancellationToken);
        return opinion.ReceiptNumber;
    }
}
