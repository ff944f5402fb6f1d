using CampaignHub.Domain.Units;

namespace CampaignHub.Data.Seed;

/// <summary>
/// The demo's shape, from seed 000 (江宁群办发〔2014〕8号): the district, its agencies, streets,
/// window units and communities, each with leaders and a coordinator.
/// </summary>
internal static class DemoData
{
    public const string Password = "CampaignHub!2014";

    internal sealed record UnitSeed(string Key, string Name, string? ShortName, UnitKind Kind, string? ParentKey, string MainLeader, string MainLeaderTitle, string OtherLeader, string OtherLeaderTitle, string Coordinator);

    public static readonly IReadOnlyList<UnitSeed> Units =
    [
        new("district", "中共南京市江宁区委", "江宁区", UnitKind.District, null, "王立新", "区委书记", "陈建国", "区委副书记", "刘晓燕"),
        new("office", "区委办公室", null, UnitKind.Agency, "district", "张宏伟", "区委办主任", "李卫东", "副主任", "周敏"),
        new("minzheng", "区民政局", null, UnitKind.Agency, "district", "赵德明", "局长", "孙丽华", "副局长", "吴婷"),
        new("renshe", "区人力资源和社会保障局", "区人社局", UnitKind.Agency, "district", "钱志强", "局长", "郑海燕", "副局长", "冯磊"),
        new("weisheng", "区卫生局", null, UnitKind.Agency, "district", "陈光明", "局长", "褚红梅", "副局长", "卫静"),
        new("hospital", "江宁区人民医院", "区人民医院", UnitKind.HealthUnit, "weisheng", "蒋文彬", "院长", "沈玉兰", "副院长", "韩雪"),
        new("chengguan", "区城市管理局", "区城管局", UnitKind.LawEnforcementOrServiceWindow, "district", "杨振华", "局长", "朱建军", "副局长", "秦芳"),
        new("zhengwu", "区政务服务中心", null, UnitKind.LawEnforcementOrServiceWindow, "district", "尤国庆", "主任", "许春梅", "副主任", "何佳"),
        new("chengjian", "江宁城市建设集团", "区城建集团", UnitKind.DirectlyAffiliated, "district", "吕正平", "董事长", "施永康", "总经理", "张蕾"),
        new("dongshan", "东山街道", null, UnitKind.StreetOrTownship, "district", "孔繁荣", "党工委书记", "曹丽", "办事处主任", "严晓"),
        new("shangfang", "上坊社区", null, UnitKind.VillageOrCommunity, "dongshan", "华志刚", "社区书记", "金秀英", "社区主任", "魏芳"),
        new("zhushan", "竹山社区", null, UnitKind.VillageOrCommunity, "dongshan", "陶建平", "社区书记", "姜美玲", "社区主任", "戚颖"),
        new("dongshanwindow", "东山街道便民服务中心", "东山便民中心", UnitKind.LawEnforcementOrServiceWindow, "dongshan", "谢伟", "主任", "邹萍", "副主任", "喻婷"),
        new("moling", "秣陵街道", null, UnitKind.StreetOrTownship, "district", "柏青山", "党工委书记", "水丽娟", "办事处主任", "窦明"),
        new("yinxiang", "殷巷社区", null, UnitKind.VillageOrCommunity, "moling", "章立军", "社区书记", "云桂香", "社区主任", "苏晴"),
        new("chunhua", "淳化街道", null, UnitKind.StreetOrTownship, "district", "潘国栋", "党工委书记", "葛红", "办事处主任", "奚文"),
        new("feigong", "区个体私营经济协会", "区个私协会", UnitKind.NonPublicOrganisation, "district", "范德胜", "会长", "彭玉珍", "秘书长", "郎倩"),
    ];

    /// <summary>Staff who hold demo accounts but no team role: the office, the supervision group's leader, the administrator.</summary>
    internal sealed record StaffSeed(string Key, string UnitKey, string Name, string Title);

    public static readonly IReadOnlyList<StaffSeed> Staff =
    [
        new("office", "district", "高明", "区委教育实践活动办公室副主任"),
        new("supervisor", "district", "韩立群", "区委第一督导组组长"),
        new("admin", "office", "马骏", "区委办公室信息科科员"),
    ];

    /// <summary>
    /// A demo account: who holds it — a unit's main leader or coordinator (<see cref="PersonOf"/> "main:KEY" /
    /// "coordinator:KEY"), a staff member ("staff:KEY"), or nobody for the display screen (<see cref="ScreenName"/>).
    /// </summary>
    internal sealed record AccountSeed(string UserName, string Role, string? PersonOf, string? ScopeUnitKey = null, string? ScreenName = null);

    public static readonly IReadOnlyList<AccountSeed> Accounts =
    [
        new("leader", "Leader", "main:district"),
        new("office", "Office", "staff:office"),
        new("unit", "Coordinator", "coordinator:dongshan", "dongshan"),
        new("renshe", "Coordinator", "coordinator:renshe", "renshe"),
        new("supervisor", "Supervisor", "staff:supervisor"),
        new("admin", "Admin", "staff:admin"),
        new("wall", "Display", null, ScreenName: "指挥中心大屏"),
    ];

    public const string SupervisionGroupName = "区委第一督导组";
}
