using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.EvaluationFixtures;

namespace CampaignHub.Domain.Tests.Evaluation;

public class PrincipalLeaderRecordTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Principal_leader_records_are_kept_only_against_the_units_principal_leader()
    {
        var input = new PrincipalLeaderInput(PrincipalLeaderRecordKind.SpecialReport, _clock.Today, "述职");

        Assert.Throws<DomainException>(() => PrincipalLeaderRecord.Record(1, 2, 22, isPrincipalLeader: false, input, Office(), _clock));
        Assert.Throws<AccessDeniedException>(() => PrincipalLeaderRecord.Record(1, 2, 21, true, input, Unit(), _clock));
        Assert.Equal("述职", PrincipalLeaderRecord.Record(1, 2, 21, true, input, Office(), _clock).Summary);
    }

    [Fact]
    public void An_interview_records_who_held_it_the_problems_raised_and_the_commitments_made()
    {
        var missing = Assert.Throws<DomainException>(() => PrincipalLeaderRecord.Record(1, 2, 21, true, new PrincipalLeaderInput(PrincipalLeaderRecordKind.Interview, _clock.Today, "整改推进慢", "区委书记 王立新"), Office(), _clock));
        Assert.Equal("作出的承诺不能为空", missing.Message);

        var record = PrincipalLeaderRecord.Record(1, 2, 21, true, new PrincipalLeaderInput(PrincipalLeaderRecordKind.Interview, _clock.Today, "整改推进慢", "区委书记 王立新", "10月底前完成整改"), Office(), _clock);
        Assert.Equal("区委书记 王立新", record.InterviewerName);
        Assert.Contains(record.DomainEvents, e => e is PrincipalLeaderRecorded);
    }

    [Fact]
    public void Public_rating_of_the_principal_leader_uses_the_recognition_computation()
    {
        var record = PrincipalLeaderRecord.Record(1, 2, 21, true, new PrincipalLeaderInput(PrincipalLeaderRecordKind.PublicRating, _clock.Today, null, Satisfied: 30, BasicallySatisfied: 8, Dissatisfied: 2), Office(), _clock);

        Assert.Equal(new Recognition(30, 8, 2).Rate, record.Rating.Rate);
        Assert.Equal("95.0%", record.Rating.Display);
        Assert.Throws<DomainException>(() => PrincipalLeaderRecord.Record(1, 2, 21, true, new PrincipalLeaderInput(PrincipalLeaderRecordKind.PublicRating, _clock.Today, null, Satisfied: -1, BasicallySatisfied: 8), Office(), _clock));
        Assert.Throws<DomainException>(() => PrincipalLeaderRecord.Record(1, 2, 21, true, new PrincipalLeaderInput(PrincipalLeaderRecordKind.PublicRating, _clock.Today, null), Office(), _clock));
    }

    [Fact]
    public void Only_the_units_supervision_group_comments_on_its_evaluation()
    {
        Assert.Throws<AccessDeniedException>(() => EvaluationComment.Write(1, StageTwoFixtures.Street, CommentSubject.Redo, 5, "意见", ActorBuilder.SupervisorOf(StageTwoFixtures.Agency), _clock));
        Assert.Throws<DomainException>(() => EvaluationComment.Write(1, StageTwoFixtures.Street, CommentSubject.Redo, 5, " ", ActorBuilder.SupervisorOf(StageTwoFixtures.Street), _clock));

        var comment = EvaluationComment.Write(1, StageTwoFixtures.Street, CommentSubject.Redo, 5, "整改报告要有群众评价", ActorBuilder.SupervisorOf(StageTwoFixtures.Street), _clock);
        Assert.Equal("督导组", comment.ByName);
    }
}
