using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Public;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.PublicOversight;

/// <summary>
/// The signed-in volunteer supervisor's desk: the disclosed items of the units they oversee (nothing else), their
/// observations filed into the opinions pipeline, and each observation's answer. Every call finds the volunteer by the
/// account and asks the domain whether they may watch the unit today.
/// </summary>
public sealed class VolunteerDeskService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public const string NotAVolunteer = "该账号不是群众义务监督员";

    public async Task<VolunteerDeskDto> DeskAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerOfAsync(db, actor, cancellationToken);
        var today = clock.Today;
        if (volunteer.WhyCannotSignIn(today) is { } refused)
        {
            throw new AccessDeniedException(refused);
        }

        var campaignTitle = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == volunteer.CampaignId).Select(c => c.Title).FirstAsync(cancellationToken);
        var unitIds = volunteer.OverseenUnitIds;
        var names = await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var items = await PublicDisclosureService.DisclosedItemsAsync(db, volunteer.CampaignId, names, today, cancellationToken);
        var observations = await ObservationsAsync(db, volunteer, names, cancellationToken);
        var units = names.OrderBy(n => n.Value, StringComparer.Ordinal).Select(n => new WatchedUnitDto(n.Key, n.Value)).ToList();
        return new VolunteerDeskDto(volunteer.Name, campaignTitle, today, units, items.Select(i => new WatchedItemDto(i.UnitId, i.Item)).ToList(), observations);
    }

    /// <summary>Files an observation on a unit the volunteer oversees; it sits with that unit as a new opinion. Returns its receipt number.</summary>
    public async Task<string> FileAsync(Actor actor, ObservationInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var volunteer = await VolunteerOfAsync(db, actor, cancellationToken);
        var unitId = input.UnitId ?? throw new DomainException("请选择被监督的单位");
        volunteer.WhyCannotWatch(unitId, clock.Today).Ensure();
        var item = await DisclosedItemAsync(db, volunteer.CampaignId, input, cancellationToken);
        var category = input.Category is { } c && Enum.IsDefined(c) ? c : throw new DomainException("请选择意见类别");
        var opinion = Opinion.FiledByVolunteer(volunteer.CampaignId, volunteer, unitId, item, category, input.Content ?? string.Empty, clock);
        db.Add(opinion);
        await db.SaveChangesAsync(cancellationToken);
        return opinion.ReceiptNumber;
    }

    public async Task<byte[]> ExportAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var desk = await DeskAsync(actor, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<ObservationDto>>
        {
            new("序号", _ => ++index, 6),
            new("受理编号", o => o.ReceiptNumber, 18),
            new("提出日期", o => o.RaisedOn.ToString("yyyy-MM-dd"), 12),
            new("被监督单位", o => o.UnitName, 18),
            new("监督的公开事项", o => o.ItemTitle, 30),
            new("类别", o => o.Category, 10),
            new("监督意见", o => o.Content, 50),
            new("办理状态", o => o.Status, 10),
            new("单位答复", o => o.Answer, 50),
            new("答复日期", o => o.AnsweredOn?.ToString("yyyy-MM-dd"), 12),
        };
        return new XlsxWriter().AddSheet("我的监督意见", desk.Observations, columns, $"群众义务监督员{desk.VolunteerName}的监督意见及办理情况").ToBytes();
    }

    private static async Task<VolunteerSupervisor> VolunteerOfAsync(CampaignHubDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsVolunteer)
        {
            throw new AccessDeniedException(NotAVolunteer);
        }

        return await db.Set<VolunteerSupervisor>().AsNoTracking().Include(v => v.Units).FirstOrDefaultAsync(v => v.UserName == actor.UserName, cancellationToken)
            ?? throw new AccessDeniedException(NotAVolunteer);
    }

    /// <summary>The item the observation names, as the rule reads it; a missing item is not found.</summary>
    private static async Task<DisclosedItem?> DisclosedItemAsync(CampaignHubDbContext db, int campaignId, ObservationInput input, CancellationToken cancellationToken)
    {
        if (input.ItemId is not { } itemId)
        {
            return null;
        }

        return input.ItemKind switch
        {
            RatedItemKind.Commitment => await db.Set<Commitment>().AsNoTracking().Where(c => c.Id == itemId && c.CampaignId == campaignId)
                .Select(c => new DisclosedItem(RatedItemKind.Commitment, c.Id, c.ResponsibleUnitId, c.IsPublic && c.Status != CommitmentStatus.Cancelled)).FirstOrDefaultAsync(cancellationToken),
            RatedItemKind.RectificationItem => await db.Set<RectificationItem>().AsNoTracking().Where(r => r.Id == itemId && r.CampaignId == campaignId)
                .Select(r => new DisclosedItem(RatedItemKind.RectificationItem, r.Id, r.UnitId, r.IsPublic)).FirstOrDefaultAsync(cancellationToken),
            _ => throw new DomainException("请选择事项类型"),
        } ?? throw new NotFoundException("找不到该公开事项");
    }

    private static async Task<IReadOnlyList<ObservationDto>> ObservationsAsync(CampaignHubDbContext db, VolunteerSupervisor volunteer, IReadOnlyDictionary<int, string> names, CancellationToken cancellationToken)
    {
        var opinions = await db.Set<Opinion>().AsNoTracking().Where(o => o.VolunteerSupervisorId == volunteer.Id).OrderByDescending(o => o.RaisedOn).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);
        var commitmentIds = opinions.Where(o => o.ObservedItemKind == RatedItemKind.Commitment).Select(o => o.ObservedItemId).ToList();
        var itemIds = opinions.Where(o => o.ObservedItemKind == RatedItemKind.RectificationItem).Select(o => o.ObservedItemId).ToList();
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => commitmentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Content, cancellationToken);
        var items = await db.Set<RectificationItem>().AsNoTracking().Where(r => itemIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
        var otherUnits = opinions.Select(o => o.EnteredByUnitId ?? 0).Where(id => !names.ContainsKey(id)).ToList();
        var more = await db.Set<Unit>().AsNoTracking().Where(u => otherUnits.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        string UnitName(int? id) => id is { } unitId ? names.GetValueOrDefault(unitId) ?? more.GetValueOrDefault(unitId, string.Empty) : string.Empty;
        string? Title(Opinion o) => o.ObservedItemId is not { } id ? null
            : o.ObservedItemKind == RatedItemKind.Commitment ? commitments.GetValueOrDefault(id) : items.GetValueOrDefault(id);
        return opinions.Select(o => new ObservationDto(o.Id, o.ReceiptNumber, o.RaisedOn, UnitName(o.EnteredByUnitId), Title(o), o.Category.ToChinese(), o.Content, o.Status.ToChinese(), o.Answer, o.AnsweredOn)).ToList();
    }
}
