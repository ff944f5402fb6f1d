using CampaignHub.Data;
using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Identity;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Organisation;

/// <summary>
/// The unit tree's set-up: add, edit (rename, kind, order, move), retire, reinstate, delete a unit nothing refers to;
/// import and export the tree as .xlsx. Administrators change it; the office reads it. Every change goes through the
/// <see cref="Unit"/> aggregate and the <see cref="UnitTree"/> (no cycles), and is audited on save.
/// </summary>
public sealed partial class OrganisationService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<IReadOnlyList<OrganisationUnitDto>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanRead(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().Include(u => u.People).ToListAsync(cancellationToken);
        var referenced = await ReferencedUnitIdsAsync(db, cancellationToken);
        var tree = new UnitTree(units.Select(u => (u.Id, u.ParentId)));
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        return UnitTreeOrder.Of(units).Select(u => new OrganisationUnitDto(
                u.Id, u.Name, u.ShortName, u.Kind, u.ParentId, u.ParentId is { } p ? names.GetValueOrDefault(p) : null, tree.Depth(u.Id),
                u.DisplayOrder, u.RetiredOn, u.People.Count(x => x.LeftOn is null), referenced.Contains(u.Id) || u.People.Count > 0, u.Version))
            .ToList();
    }

    /// <summary>Units in use, in tree order, for pickers (parent, a person's unit, a coordinator's scope, supervised units).</summary>
    public async Task<IReadOnlyList<UnitPickDto>> PickableUnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToListAsync(cancellationToken);
        var tree = new UnitTree(units.Select(u => (u.Id, u.ParentId)));
        return UnitTreeOrder.Of(units).Where(u => !u.IsRetired)
            .Select(u => new UnitPickDto(u.Id, u.Name, new string('\u3000', tree.Depth(u.Id)) + u.Name)).ToList();
    }

    public async Task<int> AddAsync(Actor actor, UnitInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var parent = await ParentAsync(db, input.ParentId, cancellationToken);
        if (parent is { IsRetired: true })
        {
            throw new DomainException($"上级单位“{parent.Name}”已撤销，不能在其下添加单位");
        }

        var unit = new Unit(input.Name, CheckKind(input.Kind), input.ParentId, input.ShortName, input.DisplayOrder);
        await EnsureNameFreeAsync(db, unit.Name, null, cancellationToken);
        db.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }

    /// <summary>Renames, re-kinds, re-orders and (when the parent changed) moves the unit; refuses a stale version.</summary>
    public async Task UpdateAsync(Actor actor, int unitId, int expectedVersion, UnitInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await FindAsync(db, unitId, cancellationToken);
        unit.EnsureVersion(expectedVersion, () => null);
        var name = Guard.Required(input.Name, "单位名称", Unit.NameMaxLength);
        await EnsureNameFreeAsync(db, name, unitId, cancellationToken);
        unit.Rename(name, input.ShortName);
        unit.ChangeKind(CheckKind(input.Kind));
        unit.SetDisplayOrder(input.DisplayOrder);
        if (unit.ParentId != input.ParentId)
        {
            unit.MoveUnder(await ParentAsync(db, input.ParentId, cancellationToken), await db.LoadUnitTreeAsync(cancellationToken));
        }

        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    /// <summary>Retires the unit from today: it leaves pickers and new enrolments; its history stays.</summary>
    public async Task RetireAsync(Actor actor, int unitId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await FindAsync(db, unitId, cancellationToken);
        var inUseBelow = await db.Set<Unit>().CountAsync(u => u.ParentId == unitId && u.RetiredOn == null, cancellationToken);
        unit.Retire(clock.Today, inUseBelow);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReinstateAsync(Actor actor, int unitId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await FindAsync(db, unitId, cancellationToken);
        unit.Reinstate(await ParentAsync(db, unit.ParentId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes a unit nothing refers to (e.g. one added by mistake); a unit with records can only be retired.</summary>
    public async Task DeleteAsync(Actor actor, int unitId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await db.Set<Unit>().Include(u => u.People).FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) ?? throw new NotFoundException("找不到该单位");
        unit.Delete(await RecordsOfAsync(db, unit, cancellationToken));
        db.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What refers to the unit: enrolments, plans, work items, people, accounts, units below, and any other record.</summary>
    public static async Task<UnitRecords> RecordsOfAsync(CampaignHubDbContext db, Unit unit, CancellationToken cancellationToken)
    {
        var id = unit.Id;
        var enrolments = await db.Set<CampaignUnit>().CountAsync(c => c.UnitId == id, cancellationToken);
        var plans = await db.Set<ImplementationPlan>().CountAsync(p => p.UnitId == id, cancellationToken);
        var items = await db.Set<WorkItem>().CountAsync(w => w.UnitId == id, cancellationToken);
        var accounts = await db.Users.CountAsync(u => u.UnitId == id, cancellationToken);
        var below = await db.Set<Unit>().CountAsync(u => u.ParentId == id, cancellationToken);
        var known = new[] { typeof(CampaignUnit), typeof(ImplementationPlan), typeof(WorkItem), typeof(AppUser), typeof(Unit), typeof(Person) };
        var other = 0;
        foreach (var (table, column) in UnitReferences(db).Where(r => !known.Contains(r.Type)).Select(r => (r.Table, r.Column)))
        {
            var sql = "SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" = {0}"; // names from the EF model, not input; PostgreSQL counts in bigint, hence the cast
            other += await db.Database.SqlQueryRaw<int>(sql, id).SingleAsync(cancellationToken);
        }

        return new UnitRecords(enrolments, plans, items, unit.People.Count, accounts, below, other);
    }

    private static async Task<HashSet<int>> ReferencedUnitIdsAsync(CampaignHubDbContext db, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>();
        foreach (var (_, table, column) in UnitReferences(db))
        {
            var sql = "SELECT DISTINCT \"" + column + "\" AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" IS NOT NULL"; // names from the EF model
            var found = await db.Database.SqlQueryRaw<int>(sql).ToListAsync(cancellationToken);
            ids.UnionWith(found);
        }

        return ids;
    }

    /// <summary>Every column in the model that holds a unit id by a foreign key: the records that keep a unit from deletion.</summary>
    private static IEnumerable<(Type Type, string Table, string Column)> UnitReferences(CampaignHubDbContext db)
    {
        var unitType = db.Model.FindEntityType(typeof(Unit))!;
        foreach (var foreignKey in db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(fk => fk.PrincipalEntityType == unitType && fk.Properties.Count == 1))
        {
            var entity = foreignKey.DeclaringEntityType;
            var table = entity.GetTableName();
            var column = foreignKey.Properties[0].GetColumnName();
            if (table is not null)
            {
                yield return (entity.ClrType, table, column);
            }
        }
    }

    private static UnitKind CheckKind(UnitKind kind) => Enum.IsDefined(kind) ? kind : throw new DomainException("请选择单位类别");

    private static async Task<Unit> FindAsync(CampaignHubDbContext db, int unitId, CancellationToken cancellationToken) =>
        await db.Set<Unit>().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) ?? throw new NotFoundException("找不到该单位");

    private static async Task<Unit?> ParentAsync(CampaignHubDbContext db, int? parentId, CancellationToken cancellationToken) =>
        parentId is { } id ? await db.Set<Unit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("找不到上级单位") : null;

    /// <summary>Unit names are unique in the organisation, so imports and people can refer to a unit by name.</summary>
    private static async Task EnsureNameFreeAsync(CampaignHubDbContext db, string name, int? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Set<Unit>().AnyAsync(u => u.Name == name && u.Id != exceptId, cancellationToken))
        {
            throw new DomainException($"已有名为“{name}”的单位");
        }
    }
}
