using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class ContactActivityTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 6, 30);

    private static ContactActivity Record(Actor actor, DutyType type, DateOnly start, DateOnly end, string place = "句容市下蜀镇卫生院") =>
        ContactActivity.Record(10, UnitId, type, start, end, place, "院长、村医", "了解基层医疗服务", "提出3条建议", actor, Tree(), Clock);

    [Fact]
    public void A_stay_is_recorded_with_its_inclusive_days()
    {
        var activity = Record(ActorBuilder.Coordinator(UnitId), DutyType.ResearchStay, D(2014, 6, 2), D(2014, 6, 8));

        Assert.Equal(7, activity.Days);
        Assert.Equal(new DutySpan(10, DutyType.ResearchStay, D(2014, 6, 2), D(2014, 6, 8)), activity.Span);
    }

    [Fact]
    public void A_coordinator_cannot_record_for_another_units_people()
    {
        var error = Assert.Throws<AccessDeniedException>(() =>
            Record(ActorBuilder.Coordinator(OtherUnitId), DutyType.ContactPointVisit, D(2014, 6, 2), D(2014, 6, 2)));
        Assert.Equal("您无权为该单位人员登记联系群众活动", error.Message);
    }

    [Fact]
    public void A_leader_records_for_their_own_unit_only()
    {
        var ownLeader = ActorBuilder.Leader() with { UnitId = UnitId };
        var otherLeader = ActorBuilder.Leader() with { UnitId = OtherUnitId };

        Record(ownLeader, DutyType.HeartToHeartTalk, D(2014, 6, 2), D(2014, 6, 2));
        Assert.Throws<AccessDeniedException>(() => Record(otherLeader, DutyType.HeartToHeartTalk, D(2014, 6, 2), D(2014, 6, 2)));
    }

    [Fact]
    public void An_activity_cannot_end_before_it_starts_or_after_today_in_China()
    {
        var backwards = Assert.Throws<DomainException>(() => Record(ActorBuilder.Office(), DutyType.ResearchStay, D(2014, 6, 8), D(2014, 6, 2)));
        var future = Assert.Throws<DomainException>(() => Record(ActorBuilder.Office(), DutyType.ResearchStay, D(2014, 6, 28), D(2014, 7, 1)));

        Assert.Equal("结束日期不能早于开始日期", backwards.Message);
        Assert.Equal("活动日期不能晚于今天", future.Message);
    }

    [Fact]
    public void Place_and_content_are_required()
    {
        var error = Assert.Throws<DomainException>(() => Record(ActorBuilder.Office(), DutyType.ContactPointVisit, D(2014, 6, 2), D(2014, 6, 2), place: " "));
        Assert.Equal("地点不能为空", error.Message);
    }

    [Fact]
    public void A_secondment_is_not_recorded_as_an_activity()
    {
        var error = Assert.Throws<DomainException>(() => Record(ActorBuilder.Office(), DutyType.Secondment, D(2014, 6, 2), D(2014, 6, 2)));
        Assert.Equal("挂职任职请在挂职管理中登记", error.Message);
    }

    [Fact]
    public void Evidence_must_be_a_non_empty_file_of_at_most_20_MB()
    {
        var activity = Record(ActorBuilder.Office(), DutyType.PracticalMatter, D(2014, 6, 2), D(2014, 6, 2));

        activity.AddEvidence("现场照片.jpg", "evidence/1.jpg", "image/jpeg", 300_000, ActorBuilder.Office(), Tree());
        Assert.True(activity.HasEvidence);
        Assert.Throws<DomainException>(() => activity.AddEvidence("空.pdf", "evidence/2.pdf", "application/pdf", 0, ActorBuilder.Office(), Tree()));
        var error = Assert.Throws<DomainException>(() =>
            activity.AddEvidence("录像.mp4", "evidence/3.mp4", "video/mp4", ActivityEvidence.MaxSizeBytes + 1, ActorBuilder.Office(), Tree()));
        Assert.Equal("单个文件不能超过20MB", error.Message);
    }

    [Fact]
    public void An_opinion_noted_during_a_visit_is_linked_once_to_the_opinion_made_from_it()
    {
        var activity = Record(ActorBuilder.Office(), DutyType.ContactPointVisit, D(2014, 6, 2), D(2014, 6, 2));
        var note = activity.NoteOpinion("村卫生室缺少常用药", "村医王某", ActorBuilder.Coordinator(UnitId), Tree());

        activity.MarkOpinionCreated(note, 42);

        Assert.Equal(42, activity.OpinionNotes.Single().OpinionId);
        Assert.Throws<DomainException>(() => activity.MarkOpinionCreated(note, 43));
    }
}
