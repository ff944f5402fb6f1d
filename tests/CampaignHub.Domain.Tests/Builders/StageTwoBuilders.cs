using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Stage-two test data. Tree: 1 district → 2 street → 3, 4 communities; 1 → 5 agency. The street's team is 21 (principal), 22, 23.</summary>
public static class StageTwoFixtures
{
    public const int CampaignId = 1;
    public const int District = 1;
    public const int Street = 2;
    public const int Community = 3;
    public const int Agency = 5;
    public const int GroupId = 7;

    public static readonly TeamPerson Principal = new(21, "王书记");
    public static readonly TeamPerson MemberA = new(22, "李副主任");
    public static readonly TeamPerson MemberB = new(23, "张委员");
    public static readonly TeamPerson CommunityHead = new(31, "赵主任");

    public static UnitTree Tree() => new([(1, null), (2, 1), (3, 2), (4, 2), (5, 1)]);

    /// <summary>Stage two of the campaign: mid-May 2014.</summary>
    public static FixedClock Clock() => Clocks.AtChina(2014, 5, 20);

    public static MaterialText FullText(string roots = "理想信念有所动摇\n宗旨意识淡化") =>
        new("文山会海问题突出\n典型事例：一周开会九次", "三公经费较上年下降15%；无超标用车、超标办公用房；家属子女无经商办企业", roots, "坚持“四有”整改\n6月底前完成清理");

    public static TeamRoster Roster(params Oversight[] oversights) => new(Principal, [MemberA, MemberB], oversights);

    /// <summary>Every required pair of <see cref="Roster"/> (without oversights).</summary>
    public static IReadOnlyList<TalkPair> AllRequiredTalks() =>
        [new(Principal.Id, MemberA.Id), new(Principal.Id, MemberB.Id), new(MemberA.Id, MemberB.Id)];

    public static MeetingReadiness Ready() => new(true, TalkCoverage.Compute(Roster(), AllRequiredTalks()));

    public static MeetingArrangement Arrangement() => new(new DateOnly(2014, 5, 28), "区委常委 陈某", GroupId);

    public static Actor Keeper() => ActorBuilder.Coordinator(Street);

    public static Actor Reviewer() => ActorBuilder.Coordinator(District);

    public static Actor GroupSupervisor() => ActorBuilder.SupervisorOf(Street);
}

/// <summary>Builds a material at a given point of its flow, through its own verbs.</summary>
public sealed class MaterialBuilder
{
    private MaterialKind _kind = MaterialKind.Team;
    private MaterialText _text = StageTwoFixtures.FullText();
    private MaterialStatus _status = MaterialStatus.Draft;

    public MaterialBuilder Personal()
    {
        _kind = MaterialKind.TeamMember;
        return this;
    }

    public MaterialBuilder WithText(MaterialText text)
    {
        _text = text;
        return this;
    }

    public MaterialBuilder In(MaterialStatus status)
    {
        _status = status;
        return this;
    }

    public SelfExaminationMaterial Build()
    {
        var clock = StageTwoFixtures.Clock();
        var tree = StageTwoFixtures.Tree();
        var keeper = StageTwoFixtures.Keeper();
        var reviewer = StageTwoFixtures.Reviewer();
        var material = SelfExaminationMaterial.Draft(StageTwoFixtures.CampaignId, StageTwoFixtures.Street, _kind, StageTwoFixtures.Principal.Id, _text, keeper, clock);
        if (_status == MaterialStatus.Draft)
        {
            return material;
        }

        material.Circulate("班子成员、中层干部", keeper, tree, clock);
        if (_status == MaterialStatus.Circulating)
        {
            return material;
        }

        material.Submit(keeper, tree, clock);
        switch (_status)
        {
            case MaterialStatus.Submitted:
                return material;
            case MaterialStatus.Returned:
                material.Return("根源剖析不深", reviewer, tree, clock);
                return material;
        }

        material.Pass(null, reviewer, tree, clock);
        if (_status == MaterialStatus.Passed)
        {
            return material;
        }

        material.ReviseAfterMeeting(_text with { DirectionAndMeasures = "会后补充：建立会议审批制度" }, meetingHeld: true, keeper, tree, clock);
        if (_status == MaterialStatus.SentOut)
        {
            material.SendOut(clock.Today, keeper, tree, clock);
        }

        return material;
    }
}

public sealed class MeetingBuilder
{
    private MeetingKind _kind = MeetingKind.SpecialDemocraticLife;
    private bool _held;

    public MeetingBuilder Organisational()
    {
        _kind = MeetingKind.OrganisationalLife;
        return this;
    }

    public MeetingBuilder Held()
    {
        _held = true;
        return this;
    }

    public DemocraticLifeMeeting Build()
    {
        var clock = StageTwoFixtures.Clock();
        var meeting = DemocraticLifeMeeting.Schedule(StageTwoFixtures.CampaignId, StageTwoFixtures.Street, _kind, StageTwoFixtures.Arrangement() with { ScheduledOn = clock.Today }, StageTwoFixtures.Keeper(), clock);
        if (_held)
        {
            meeting.Hold(clock.Today, StageTwoFixtures.Ready(), StageTwoFixtures.Keeper(), clock);
        }

        return meeting;
    }
}
