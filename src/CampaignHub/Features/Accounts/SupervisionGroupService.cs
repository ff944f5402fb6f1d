using CampaignHub.Data;
using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Accounts;

/// <summary>A supervision group as the administrator sees it.</summary>
public sealed record SupervisionGroupDto(int Id, string Name, int UnitId, string UnitName, IReadOnlyList<GroupMemberDto> Members, IReadOnlyList<GroupUnitDto> Units, int Version);

public sealed record GroupMemberDto(string UserId, string DisplayName, string UserName);

public sealed record GroupUnitDto(int UnitId, string Name);

/// <summary>What an administrator enters for a group: its name, the unit that sends it, its members and its units.</summary>
public sealed class SupervisionGroupInput
{
    public string Name { get; set; } = string.Empty;

    public int? UnitId { get; set; }

    public IReadOnlyCollection<string> MemberUserIds { get; set; } = [];

    public IReadOnlyCollection<int> UnitIds { get; set; } = [];
}

/// <summary>
/// Supervision groups (督导组): their members (supervisor accounts) and the units they supervise, below the unit that
/// sends them. A supervisor's actor carries the union of their groups' units (read into the sign-in cookie, refreshed
/// at each session check), and supervisors flag and order only there.
/// </summary>
public sealed class SupervisionGroupService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SupervisionGroupDto>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanRead(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = await db.Set<SupervisionGroup>().AsNoTracking().Include(g => g.Members).Include(g => g.Units).AsSplitQuery().OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.UserName }, cancellationToken);
        return groups.Select(g => new SupervisionGroupDto(
                g.Id,
                g.Name,
                g.UnitId,
                units.GetValueOrDefault(g.UnitId, string.Empty),
                g.Members.Where(m => users.ContainsKey(m.UserId)).Select(m => new GroupMemberDto(m.UserId, users[m.UserId].DisplayName, users[m.UserId].UserName ?? string.Empty)).ToList(),
                g.Units.Select(u => new GroupUnitDto(u.UnitId, units.GetValueOrDefault(u.UnitId, string.Empty))).ToList(),
                g.Version))
            .ToList();
    }

    /// <summary>The supervisor accounts that may be made members (active ones).</summary>
    public async Task<IReadOnlyList<GroupMemberDto>> SupervisorAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await SupervisorsQuery(db).Select(u => new GroupMemberDto(u.Id, u.DisplayName, u.UserName ?? string.Empty)).ToListAsync(cancellationToken);
    }

    public async Task<int> CreateAsync(Actor actor, SupervisionGroupInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unit = await UnitInUseAsync(db, input.UnitId, cancellationToken);
        var group = new SupervisionGroup(input.Name, unit.Id);
        await ApplyAsync(db, group, input, cancellationToken);
        db.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }

    public async Task UpdateAsync(Actor actor, int groupId, int expectedVersion, SupervisionGroupInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var group = await db.Set<SupervisionGroup>().Include(g => g.Members).Include(g => g.Units).AsSplitQuery()
            .FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException("找不到该督导组");
        group.EnsureVersion(expectedVersion, () => null);
        if (input.UnitId != group.UnitId)
        {
            throw new DomainException("督导组的派出单位不能修改，请新建督导组");
        }

        group.Rename(input.Name);
        await ApplyAsync(db, group, input, cancellationToken);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, int groupId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var group = await db.Set<SupervisionGroup>().Include(g => g.Members).Include(g => g.Units).AsSplitQuery()
            .FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException("找不到该督导组");
        group.Dissolve();
        db.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The units the account's groups supervise: what a supervisor's actor carries.</summary>
    public static async Task<IReadOnlySet<int>> SupervisedUnitsOfAsync(CampaignHubDbContext db, string userId, CancellationToken cancellationToken = default) =>
        (await db.Set<SupervisionGroup>().AsNoTracking().Where(g => g.Members.Any(m => m.UserId == userId)).SelectMany(g => g.Units.Select(u => u.UnitId)).ToListAsync(cancellationToken)).ToHashSet();

    private static async Task ApplyAsync(CampaignHubDbContext db, SupervisionGroup group, SupervisionGroupInput input, CancellationToken cancellationToken)
    {
        var supervisors = await SupervisorsQuery(db).Select(u => u.Id).ToListAsync(cancellationToken);
        if (input.MemberUserIds.FirstOrDefault(id => !supervisors.Contains(id)) is not null)
        {
            throw new DomainException("督导组成员须为启用的督导组账号");
        }

        var retired = await db.Set<Unit>().Where(u => input.UnitIds.Contains(u.Id) && u.RetiredOn != null).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        if (retired is not null)
        {
            throw new DomainException($"“{retired}”已撤销，不能督导");
        }

        group.Supervise(input.UnitIds, await db.LoadUnitTreeAsync(cancellationToken));
        group.SetMembers(input.MemberUserIds);
    }

    private static IQueryable<Identity.AppUser> SupervisorsQuery(CampaignHubDbContext db) =>
        from user in db.Users
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        where role.Name == Roles.Supervisor && (user.LockoutEnd == null || user.LockoutEnd < AccountService.DisabledUntil)
        orderby user.UserName
        select user;

    private static async Task<Unit> UnitInUseAsync(CampaignHubDbContext db, int? unitId, CancellationToken cancellationToken)
    {
        var unit = unitId is { } id ? await db.Set<Unit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("找不到派出单位") : throw new DomainException("请选择派出单位");
        return unit.IsRetired ? throw new DomainException($"“{unit.Name}”已撤销") : unit;
    }
}
