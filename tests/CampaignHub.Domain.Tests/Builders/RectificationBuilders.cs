using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>
/// A small district: 区(1) → 区民政局(2) → 下属中心(3); 区(1) → 街道(4) → 社区(5).
/// </summary>
public static class DemoTree
{
    public const int District = 1;
    public const int Agency = 2;
    public const int AgencySubUnit = 3;
    public const int Street = 4;
    public const int Community = 5;
    public const int CampaignId = 10;

    public static UnitTree Build() => new([
        (District, null),
        (Agency, District),
        (AgencySubUnit, Agency),
        (Street, District),
        (Community, Street),
    ]);

    /// <summary>The district, a district department with a sub-unit (e.g. a hospital under 区卫生局), a street and its community.</summary>
    public static IReadOnlyDictionary<int, UnitKind> Kinds { get; } = new Dictionary<int, UnitKind>
    {
        [District] = UnitKind.District,
        [Agency] = UnitKind.Agency,
        [AgencySubUnit] = UnitKind.HealthUnit,
        [Street] = UnitKind.StreetOrTownship,
        [Community] = UnitKind.VillageOrCommunity,
    };
}

public static class ItemBuilder
{
    public static readonly DateOnly Deadline = new(2014, 6, 30);

    public static FixedClock Clock() => Clocks.AtChina(2014, 5, 10);

    /// <summary>An item of the street with no four haves yet.</summary>
    public static RectificationItem Bare(int unitId = DemoTree.Street, bool quickFix = false) =>
        RectificationItem.Create(DemoTree.CampaignId, unitId, "窗口办事排长队", "群众反映社保窗口办事排队时间长", ActorBuilder.Office(), DemoTree.Build(), Clock(), quickFix);

    public static RectificationItem WithFourHaves(int unitId = DemoTree.Street, bool quickFix = false, DateOnly? deadline = null)
    {
        var item = Bare(unitId, quickFix);
        item.SetFourHaves("排队时间不超过20分钟", "增设窗口、推行预约办理", "王科长", deadline ?? Deadline, ActorBuilder.Office(), DemoTree.Build());
        return item;
    }

    public static RectificationItem Started(int unitId = DemoTree.Street)
    {
        var item = WithFourHaves(unitId);
        item.Start(ActorBuilder.Office(), DemoTree.Build(), Clock());
        return item;
    }

    public static RectificationItem Completed(int unitId = DemoTree.Street, bool isPublic = false)
    {
        var item = Started(unitId);
        item.AddEvidence("窗口照片.jpg", "evidence/1.jpg", "image/jpeg", 1024, ActorBuilder.Office(), DemoTree.Build(), Clock());
        item.Complete(ActorBuilder.Office(), DemoTree.Build(), Clock());
        item.SetPublic(isPublic, ActorBuilder.Office(), DemoTree.Build());
        return item;
    }

    /// <summary>Stores need ids; tests give them with reflection, as the ORM would.</summary>
    public static T WithId<T>(this T entity, int id)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }
}

public static class OpinionBuilder
{
    public static Opinion EnteredBy(int unitId, string? name = "张三", string? phone = "13812345678") =>
        Opinion.Enter(DemoTree.CampaignId, OpinionSource.Visit, OpinionCategory.Bureaucratism, "办事要跑好几趟", new DateOnly(2014, 5, 1), name, phone, unitId, ActorBuilder.Coordinator(unitId), DemoTree.Build(), ItemBuilder.Clock());

    public static Opinion ClaimedBy(int unitId)
    {
        var opinion = EnteredBy(unitId);
        opinion.Claim(unitId, null, ActorBuilder.Coordinator(unitId), DemoTree.Build(), ItemBuilder.Clock());
        return opinion;
    }
}

public static class CommitmentBuilder
{
    public static Commitment Filed(int unitId = DemoTree.Street, DateOnly? filedOn = null)
    {
        var clock = filedOn is { } day ? Clocks.AtChina(day.Year, day.Month, day.Day) : ItemBuilder.Clock();
        return Commitment.File(DemoTree.CampaignId, unitId, CommitmentKind.Annual, "为辖区困难家庭免费安装燃气报警器", "年底前完成100户", new DateOnly(2014, 10, 31), "李主任", "摸底登记、统一采购、入户安装", PromisedTo.Both, ActorBuilder.Coordinator(unitId), DemoTree.Build(), clock);
    }

    public static Commitment InStatus(CommitmentStatus status, int unitId = DemoTree.Street, bool isPublic = false)
    {
        var c = Filed(unitId);
        var actor = ActorBuilder.Coordinator(unitId);
        c.SetPublic(isPublic, actor, DemoTree.Build());
        switch (status)
        {
            case CommitmentStatus.InProgress:
                c.Start(actor, DemoTree.Build());
                break;
            case CommitmentStatus.Done:
                c.Start(actor, DemoTree.Build());
                c.MarkDone(null, actor, DemoTree.Build(), ItemBuilder.Clock());
                break;
            case CommitmentStatus.Cancelled:
                c.Cancel("上级统一实施", ActorBuilder.Office());
                break;
        }

        return c;
    }
}
