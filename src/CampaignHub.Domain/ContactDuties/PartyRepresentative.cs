using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// A person's term as a party representative (党代表, 003 八). Units' people carry only leader roles,
/// so this is where the party-representative quotas get their holder and their dates.
/// </summary>
public sealed class PartyRepresentative : AggregateRoot
{
    private PartyRepresentative()
    {
    }

    public int PersonId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary><see cref="QuotaRole.CityPartyRepresentative"/> or <see cref="QuotaRole.UnitPartyRepresentative"/>.</summary>
    public QuotaRole Level { get; private set; }

    public DateOnly TermStart { get; private set; }

    public DateOnly? TermEnd { get; private set; }

    public RoleTenure Tenure => new(Level, TermStart, TermEnd);

    public static PartyRepresentative Appoint(int personId, int unitId, QuotaRole level, DateOnly termStart, DateOnly? termEnd, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, unitId, tree);
        var representative = new PartyRepresentative { PersonId = personId, UnitId = unitId };
        representative.Apply(level, termStart, termEnd);
        return representative;
    }

    public void Change(QuotaRole level, DateOnly termStart, DateOnly? termEnd, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        Apply(level, termStart, termEnd);
    }

    private void Apply(QuotaRole level, DateOnly termStart, DateOnly? termEnd)
    {
        if (!level.IsPartyRepresentative())
        {
            throw new DomainException("党代表级别只能是市党代表或单位党代表");
        }

        if (termEnd is { } end && end < termStart)
        {
            throw new DomainException("任期结束日期不能早于开始日期");
        }

        Level = level;
        TermStart = termStart;
        TermEnd = termEnd;
    }
}
