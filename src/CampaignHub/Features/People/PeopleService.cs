using CampaignHub.Data;
using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Identity;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.People;

/// <summary>
/// People of the units: add, edit, leave post (their accounts are disabled with it). Administrators change them; the
/// office reads them, with phones masked. A person belongs to one unit; a move is leaving one post and taking another.
/// </summary>
public sealed partial class PeopleService(IDbContextFactory<CampaignHubDbContext> dbFactory, IServiceScopeFactory scopes, AccountService accounts, IClock clock)
{
    public async Task<IReadOnlyList<PersonRowDto>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanRead(actor);
        var accountList = await accounts.ListAsync(actor, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().Include(u => u.People).ToListAsync(cancellationToken);
        var seesPhones = actor.IsIn(Roles.Admin);
        var byPerson = accountList.Where(a => a.PersonId is not null).ToLookup(a => a.PersonId!.Value);
        return Organisation.UnitTreeOrder.Of(units)
            .SelectMany(u => u.People.OrderBy(p => p.LeftOn is not null).ThenBy(p => p.Role).ThenBy(p => p.Id).Select(p => new PersonRowDto(
                p.Id, u.Id, u.Name, p.Name, p.Title, p.Role, p.Grade, seesPhones ? p.Phone : PersonalDataMasking.MaskPhone(p.Phone),
                p.JoinedOn, p.LeftOn, byPerson[p.Id].ToList())))
            .ToList();
    }

    /// <summary>The display-screen accounts, which belong to no person.</summary>
    public async Task<IReadOnlyList<AccountDto>> ScreenAccountsAsync(Actor actor, CancellationToken cancellationToken = default) =>
        (await accounts.ListAsync(actor, cancellationToken)).Where(a => a.PersonId is null).ToList();

    public async Task<int> AddAsync(Actor actor, PersonInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await UnitAsync(db, input.UnitId, cancellationToken);
        var person = unit.AddPerson(input.ToDetails(), input.JoinedOn);
        await db.SaveChangesAsync(cancellationToken);
        return person.Id;
    }

    /// <summary>Edits name, position, team role, grade and phone; the accounts of the person show the new name.</summary>
    public async Task UpdateAsync(Actor actor, int personId, PersonInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await UnitOfPersonAsync(db, personId, cancellationToken);
        if (input.UnitId is { } unitId && unitId != unit.Id)
        {
            throw new DomainException("人员调动请先办理离任，再在新单位添加");
        }

        unit.EditPerson(personId, input.ToDetails());
        var name = unit.PersonById(personId).Name;
        foreach (var user in await db.Users.Where(u => u.PersonId == personId).ToListAsync(cancellationToken))
        {
            user.DisplayName = name;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The person leaves post on a day; their accounts are disabled at once (the last administrator is kept).</summary>
    public async Task LeavePostAsync(Actor actor, int personId, DateOnly on, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await UnitOfPersonAsync(db, personId, cancellationToken);
        unit.PersonLeaves(personId, on);
        var userIds = await db.Users.Where(u => u.PersonId == personId).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var userId in userIds)
        {
            await accounts.DisableAsync(actor, userId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<Unit> UnitAsync(CampaignHubDbContext db, int? unitId, CancellationToken cancellationToken) =>
        unitId is { } id
            ? await db.Set<Unit>().Include(u => u.People).FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("找不到该单位")
            : throw new DomainException("请选择单位");

    private static async Task<Unit> UnitOfPersonAsync(CampaignHubDbContext db, int personId, CancellationToken cancellationToken)
    {
        var unitId = await db.Set<Person>().Where(p => p.Id == personId).Select(p => (int?)p.UnitId).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("找不到该人员");
        return await UnitAsync(db, unitId, cancellationToken);
    }
}
