using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Rectification;

/// <summary>
/// A rectification theme set from above (专项整治) that items are filed under. Its own small
/// aggregate so the office can add local themes next to the preloaded ones.
/// </summary>
public sealed class SpecialRectificationTheme : AggregateRoot
{
    private SpecialRectificationTheme()
    {
        Name = string.Empty;
    }

    public SpecialRectificationTheme(string name, string? description, int sortOrder = 0)
    {
        Name = Guard.Required(name, "专项整治名称", 100);
        Description = Guard.Optional(description, "专项整治说明", 1000);
        SortOrder = sortOrder;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public int SortOrder { get; private set; }

    public void Rename(string name, string? description, Actor actor)
    {
        EnsureOffice(actor);
        Name = Guard.Required(name, "专项整治名称", 100);
        Description = Guard.Optional(description, "专项整治说明", 1000);
    }

    public static SpecialRectificationTheme Create(string name, string? description, int sortOrder, Actor actor)
    {
        EnsureOffice(actor);
        return new SpecialRectificationTheme(name, description, sortOrder);
    }

    private static void EnsureOffice(Actor actor)
    {
        if (!actor.IsOffice)
        {
            throw new AccessDeniedException("只有活动办可以维护专项整治主题");
        }
    }
}

/// <summary>
/// The special rectification tasks named in 苏办发〔2014〕4号 (seed 001, 三(2) 集中抓好专项整治),
/// preloaded for every installation, in the document's order.
/// </summary>
public static class SpecialRectificationThemes
{
    private const string Source = "苏办发〔2014〕4号：集中抓好专项整治";

    /// <summary>Names and descriptions only; use <see cref="CreatePreloaded"/> to get fresh aggregates to store.</summary>
    public static IReadOnlyList<PreloadedTheme> Preloaded { get; } =
    [
        new("文山会海、检查评比泛滥", $"{Source}。精简文件会议，清理规范检查评比。", 1),
        new("行政审批改革不到位", $"{Source}。深化行政审批制度改革。", 2),
        new("门难进、脸难看、事难办", $"{Source}。执法监管部门和窗口单位、服务行业重点整治服务态度差、办事效率低。", 3),
        new("违反财经纪律", $"{Source}。", 4),
        new("公款送礼、公款吃喝、奢侈浪费", $"{Source}。", 5),
        new("超标配备公车、多占办公用房、新建滥建楼堂馆所", $"{Source}。", 6),
        new("党政机关、事业单位人员超编和超职数配备", $"{Source}。", 7),
        new("“三公”经费开支过大", $"{Source}。", 8),
        new("侵害群众利益行为", $"{Source}。重中之重：下猛药、出重拳，一项一项整治，不达目的不罢休。", 9),
        new("“会所中的歪风”", "苏办发〔2014〕4号：围绕省委部署的专项整治行动，治理“会所中的歪风”。", 10),
    ];

    public static IReadOnlyList<SpecialRectificationTheme> CreatePreloaded() =>
        Preloaded.Select(t => new SpecialRectificationTheme(t.Name, t.Description, t.SortOrder)).ToList();
}

public sealed record PreloadedTheme(string Name, string Description, int SortOrder);
