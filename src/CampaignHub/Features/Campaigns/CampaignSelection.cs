using System.Security.Cryptography;
using System.Text;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Campaigns;

/// <summary>
/// Which campaign a page is on. The one place that decides it: the campaign named in the address
/// (<c>?campaign=</c> or <c>/campaigns/{id}</c>), else the one this user last switched to (remembered in a
/// per-user cookie set by <see cref="CampaignSelectionEndpoints"/>), else the campaign running today, else the latest.
/// The layout's switcher shows <see cref="Current"/> and follows <see cref="Changed"/>.
/// </summary>
/// <remarks>
/// A cookie rather than local storage: it is readable on the first (prerendered) request and by the JSON API,
/// so the page, the wall and the API agree without a round trip to the browser. It holds only a campaign id,
/// under a name derived from the account, so two people sharing a browser keep their own choice.
/// </remarks>
public sealed class CampaignSelection(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, IHttpContextAccessor httpContextAccessor)
{
    public const string NoCampaignMessage = "还没有活动。请管理员在『活动设置』中新建活动";

    public const string SetupPath = "campaigns/setup";

    private int? _remembered;
    private bool _rememberedRead;

    /// <summary>The campaign the current page is on, once a page has resolved it.</summary>
    public CampaignSummaryDto? Current { get; private set; }

    public event Action? Changed;

    public static string CookieName(string userName) =>
        "ch-campaign-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userName)))[..12].ToLowerInvariant();

    public async Task<IReadOnlyList<CampaignSummaryDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var unitCounts = await db.Set<CampaignUnit>().GroupBy(u => u.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return campaigns.Select(c => new CampaignSummaryDto(c.Id, c.Title, c.DocumentNumber, c.IssuingBody, c.IssuedOn, c.StartDate, c.EndDate, unitCounts.GetValueOrDefault(c.Id), c.Status)).ToList();
    }

    /// <summary>The campaign to show, or null when none has been set up. A named campaign that does not exist is a 404.</summary>
    public async Task<int?> ResolveIdAsync(int? requested, CancellationToken cancellationToken = default)
    {
        var campaigns = await ListAsync(cancellationToken);
        CampaignSummaryDto? chosen;
        if (requested is { } id)
        {
            chosen = campaigns.FirstOrDefault(c => c.Id == id) ?? throw new NotFoundException("找不到该活动");
        }
        else
        {
            chosen = campaigns.FirstOrDefault(c => c.Id == Remembered()) ?? Default(campaigns, clock.Today);
        }

        SetCurrent(chosen);
        return chosen?.Id;
    }

    /// <summary>The campaign to show; when none has been set up, a 404 whose message says what to do next.</summary>
    public async Task<int> RequireIdAsync(int? requested, CancellationToken cancellationToken = default) =>
        await ResolveIdAsync(requested, cancellationToken) ?? throw NoCampaign();

    /// <summary>
    /// For a unit's own pages: the named campaign, else the chosen one if it enrols the unit, else the latest
    /// campaign enrolling the unit.
    /// </summary>
    public async Task<int> RequireForUnitAsync(int? requested, int unitId, CancellationToken cancellationToken = default)
    {
        if (requested is not null)
        {
            return await RequireIdAsync(requested, cancellationToken);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enrolling = await db.Set<CampaignUnit>().Where(u => u.UnitId == unitId).Select(u => u.CampaignId).ToListAsync(cancellationToken);
        var campaigns = (await ListAsync(cancellationToken)).Where(c => enrolling.Contains(c.Id)).ToList();
        if (campaigns.Count == 0)
        {
            if (!await db.Set<Campaign>().AnyAsync(cancellationToken))
            {
                throw NoCampaign();
            }

            throw new NotFoundException("该单位未参加任何活动");
        }

        var chosen = campaigns.FirstOrDefault(c => c.Id == Remembered()) ?? Default(campaigns, clock.Today)!;
        SetCurrent(chosen);
        return chosen.Id;
    }

    /// <summary>What the switcher shows before any page has resolved: the remembered campaign, else the default.</summary>
    public CampaignSummaryDto? Presumed(IReadOnlyList<CampaignSummaryDto> campaigns) =>
        Current ?? campaigns.FirstOrDefault(c => c.Id == Remembered()) ?? Default(campaigns, clock.Today);

    /// <summary>Why the last <see cref="ResolveOrZeroAsync"/> found no campaign.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// For pages that resolve the campaign before their guarded load: 0 when there is none (or the named one does
    /// not exist), remembering why, so the load can report it through <see cref="EnsureResolved"/>.
    /// </summary>
    public async Task<int> ResolveOrZeroAsync(int? requested, int? unitId = null, CancellationToken cancellationToken = default)
    {
        try
        {
            Problem = null;
            return unitId is { } unit ? await RequireForUnitAsync(requested, unit, cancellationToken) : await RequireIdAsync(requested, cancellationToken);
        }
        catch (NotFoundException ex)
        {
            Problem = ex.Message;
            return 0;
        }
    }

    /// <summary>Refuses a load for campaign 0 with the reason (no campaign yet: what to do next).</summary>
    public void EnsureResolved(int campaignId)
    {
        if (campaignId == 0)
        {
            throw new NotFoundException(Problem ?? NoCampaignMessage);
        }
    }

    /// <summary>The default when nothing is named or remembered: a campaign running today (the latest such), else the latest.</summary>
    public static CampaignSummaryDto? Default(IReadOnlyList<CampaignSummaryDto> campaigns, DateOnly today) =>
        campaigns.Where(c => !c.IsArchived && c.StartDate <= today && today <= c.EndDate).OrderByDescending(c => c.StartDate).FirstOrDefault()
        ?? campaigns.Where(c => !c.IsArchived).OrderByDescending(c => c.StartDate).FirstOrDefault()
        ?? campaigns.OrderByDescending(c => c.StartDate).FirstOrDefault();

    /// <summary>The same default, straight from the store, for services that need only the id.</summary>
    public static async Task<int?> DefaultIdAsync(CampaignHubDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var campaigns = await db.Set<Campaign>().AsNoTracking()
            .Select(c => new CampaignSummaryDto(c.Id, c.Title, c.DocumentNumber, c.IssuingBody, c.IssuedOn, c.StartDate, c.EndDate, 0, c.Status))
            .ToListAsync(cancellationToken);
        return Default(campaigns, today)?.Id;
    }

    /// <summary>No campaign has been set up yet: the message says what to do next.</summary>
    public static NotFoundException NoCampaign() => new(NoCampaignMessage);

    private void SetCurrent(CampaignSummaryDto? chosen)
    {
        if (Current?.Id == chosen?.Id && Current == chosen)
        {
            return;
        }

        Current = chosen;
        Changed?.Invoke();
    }

    private int? Remembered()
    {
        if (!_rememberedRead)
        {
            _rememberedRead = true;
            var context = httpContextAccessor.HttpContext;
            var userName = context?.User.Identity?.Name;
            if (userName is not null && context!.Request.Cookies.TryGetValue(CookieName(userName), out var value) && int.TryParse(value, out var id))
            {
                _remembered = id;
            }
        }

        return _remembered;
    }
}
