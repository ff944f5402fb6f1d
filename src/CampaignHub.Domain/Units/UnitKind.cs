namespace CampaignHub.Domain.Units;

/// <summary>The unit kinds the seeds name.</summary>
public enum UnitKind
{
    /// <summary>区（县）本级 — the district itself, root of the tree.</summary>
    District = 0,

    /// <summary>区委/区政府部门.</summary>
    Agency = 1,

    /// <summary>街道/乡镇.</summary>
    StreetOrTownship = 2,

    /// <summary>直属单位.</summary>
    DirectlyAffiliated = 3,

    /// <summary>执法监管部门和窗口单位.</summary>
    LawEnforcementOrServiceWindow = 4,

    /// <summary>村/社区.</summary>
    VillageOrCommunity = 5,

    /// <summary>非公有制经济组织和社会组织.</summary>
    NonPublicOrganisation = 6,

    /// <summary>医疗卫生单位.</summary>
    HealthUnit = 7,
}

public static class UnitKindNames
{
    public static readonly IReadOnlyList<UnitKind> All = Enum.GetValues<UnitKind>();

    /// <summary>The kind whose Chinese name is <paramref name="text"/> (also the seeds' short forms, e.g. “街道”“社区”).</summary>
    public static UnitKind? FromChinese(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var exact = All.Cast<UnitKind?>().FirstOrDefault(k => k!.Value.ToChinese() == trimmed);
        return exact ?? All.Cast<UnitKind?>().FirstOrDefault(k => k!.Value.ToChinese().Split('/', '（', '）').Contains(trimmed));
    }

    public static string ToChinese(this UnitKind kind) => kind switch
    {
        UnitKind.District => "区（县）",
        UnitKind.Agency => "区委/区政府部门",
        UnitKind.StreetOrTownship => "街道/乡镇",
        UnitKind.DirectlyAffiliated => "直属单位",
        UnitKind.LawEnforcementOrServiceWindow => "执法监管部门和窗口单位",
        UnitKind.VillageOrCommunity => "村/社区",
        UnitKind.NonPublicOrganisation => "非公有制经济组织和社会组织",
        UnitKind.HealthUnit => "医疗卫生单位",
        _ => kind.ToString(),
    };
}
