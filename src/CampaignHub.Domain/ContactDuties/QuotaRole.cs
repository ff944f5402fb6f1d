using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>Whom a quota applies to (003: leaders in 一–五, party representatives in 八).</summary>
public enum QuotaRole
{
    /// <summary>主要领导.</summary>
    MainLeader = 0,

    /// <summary>其他领导（班子成员）.</summary>
    OtherLeader = 1,

    /// <summary>市党代表.</summary>
    CityPartyRepresentative = 2,

    /// <summary>单位党代表.</summary>
    UnitPartyRepresentative = 3,
}

public static class QuotaRoleNames
{
    public static string ToChinese(this QuotaRole role) => role switch
    {
        QuotaRole.MainLeader => "主要领导",
        QuotaRole.OtherLeader => "其他领导",
        QuotaRole.CityPartyRepresentative => "市党代表",
        QuotaRole.UnitPartyRepresentative => "单位党代表",
        _ => role.ToString(),
    };

    public static bool IsPartyRepresentative(this QuotaRole role) =>
        role is QuotaRole.CityPartyRepresentative or QuotaRole.UnitPartyRepresentative;

    /// <summary>The leader quota role of a unit's person; coordinators carry no quota.</summary>
    public static QuotaRole? ToQuotaRole(this PersonRole role) => role switch
    {
        PersonRole.MainLeader => QuotaRole.MainLeader,
        PersonRole.OtherLeader => QuotaRole.OtherLeader,
        _ => null,
    };
}
