using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>Secondments to grassroots (period, host unit, mentor, end review) and party-representative terms.</summary>
public sealed class SecondmentService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<SecondmentBoardDto> GetBoardAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var secondments = await db.Set<Secondment>().AsNoTracking().OrderByDescending(s => s.StartDate).ToListAsync(cancellationToken);
        var reps = await db.Set<PartyRepresentative>().AsNoTracking().OrderBy(r => r.UnitId).ThenBy(r => r.Level).ToListAsync(cancellationToken);
        return new SecondmentBoardDto(
            today,
            secondments.Select(s => ToDto(s, people[s.PersonId].Name, units[s.HomeUnitId], actor, tree, today)).ToList(),
            reps.Select(r => new PartyRepresentativeDto(r.Id, r.PersonId, people[r.PersonId].Name, units[r.UnitId], r.Level, r.TermStart, r.TermEnd)).ToList(),
            people.Values.Where(p => p.IsActiveOn(today) && ContactAccess.CanRecord(actor, p.UnitId, tree))
                .OrderBy(p => p.UnitId).ThenBy(p => p.Role)
                .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role, p.UnitId, units[p.UnitId])).ToList(),
            units.OrderBy(u => u.Key).Select(u => new OptionDto(u.Key, u.Value)).ToList());
    }

    public async Task<int> StartAsync(Actor actor, StartSecondmentRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
            ?? throw new NotFoundException("找不到该人员");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (request.HostUnitId is { } host && !tree.Contains(host))
        {
            throw new DomainException("找不到挂职单位");
        }

        var secondment = Secondment.Start(person.Id, person.UnitId, request.HostUnitId, request.HostUnitName, request.Kind, request.StartDate, request.EndDate, request.MentorName, actor, tree);
        db.Add(secondment);
        await db.SaveChangesAsync(cancellationToken);
        return secondment.Id;
    }

    public async Task ReviewAsync(Actor actor, int secondmentId, int expectedVersion, string review, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var secondment = await db.Set<Secondment>().FirstOrDefaultAsync(s => s.Id == secondmentId, cancellationToken)
            ?? throw new NotFoundException("找不到该挂职记录");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        secondment.EnsureVersion(expectedVersion, () => null);
        secondment.Review(review, actor, tree, clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    internal static SecondmentDto ToDto(Secondment s, string personName, string homeUnitName, Actor actor, UnitTree tree, DateOnly today) => new(
        s.Id, s.Version, s.PersonId, personName, s.HomeUnitId, homeUnitName, s.HostUnitName, s.Kind, s.StartDate, s.EndDate, s.MentorName, s.EndReview,
        s.IsUnderwayOn(today), s.IsAwaitingReview(today), ContactAccess.CanRecord(actor, s.HomeUnitId, tree));
}
