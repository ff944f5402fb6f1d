using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Rectification;

public class RectificationItemTests
{
    private static readonly Actor Office = ActorBuilder.Office();
    private static readonly Actor StreetCoordinator = ActorBuilder.Coordinator(DemoTree.Street);

    [Fact]
    public void A_new_item_misses_all_four_haves_in_order()
    {
        var item = ItemBuilder.Bare();

        Assert.Equal([FourHave.Goal, FourHave.Measures, FourHave.ResponsiblePerson, FourHave.Deadline], item.MissingFourHaves());
        Assert.Equal("缺少：目标、措施、责任人、时限", item.MissingFourHavesText);
        Assert.False(item.HasAllFourHaves);
    }

    [Fact]
    public void Missing_four_haves_name_only_what_is_missing()
    {
        var item = ItemBuilder.Bare();
        item.SetFourHaves(null, "增设窗口", "王科长", null, Office, DemoTree.Build());

        Assert.Equal("缺少：目标、时限", item.MissingFourHavesText);
    }

    [Fact]
    public void Rectification_cannot_start_without_all_four_haves()
    {
        var item = ItemBuilder.Bare();
        item.SetFourHaves("20分钟内办结", "增设窗口", "  ", null, Office, DemoTree.Build());

        var error = Assert.Throws<DomainException>(() => item.Start(Office, DemoTree.Build(), ItemBuilder.Clock()));

        Assert.Equal("四有不全，不能开始整改：缺少责任人、时限", error.Message);
        Assert.Equal(RectificationStatus.NotStarted, item.Status);
    }

    [Fact]
    public void Rectification_starts_once_the_four_haves_are_complete()
    {
        var item = ItemBuilder.WithFourHaves();

        item.Start(StreetCoordinator, DemoTree.Build(), ItemBuilder.Clock());

        Assert.Equal(RectificationStatus.InProgress, item.Status);
        Assert.Null(item.MissingFourHavesText);
        Assert.Equal(new DateOnly(2014, 5, 10), item.StartedOn);
    }

    [Fact]
    public void Once_started_the_four_haves_cannot_become_incomplete_but_may_change()
    {
        var item = ItemBuilder.Started();

        item.SetFourHaves("目标", "措施", "责任人", new DateOnly(2014, 7, 31), Office, DemoTree.Build());
        Assert.Equal(new DateOnly(2014, 7, 31), item.Deadline);

        var error = Assert.Throws<DomainException>(() => item.SetFourHaves("目标", "措施", "责任人", null, Office, DemoTree.Build()));
        Assert.Contains("四有", error.Message);
    }

    [Fact]
    public void Completing_needs_evidence_or_a_stated_reason()
    {
        var item = ItemBuilder.Started();

        var error = Assert.Throws<DomainException>(() => item.Complete(StreetCoordinator, DemoTree.Build(), ItemBuilder.Clock()));
        Assert.Equal("请上传佐证材料，或说明没有佐证材料的原因", error.Message);

        item.Complete(StreetCoordinator, DemoTree.Build(), ItemBuilder.Clock(), "制度性整改，无实物材料");
        Assert.Equal(RectificationStatus.Completed, item.Status);
        Assert.Equal("制度性整改，无实物材料", item.NoEvidenceReason);
        Assert.Equal(100, item.ProgressPercent);
        Assert.Equal(new DateOnly(2014, 5, 10), item.CompletedOn);
    }

    [Fact]
    public void Completing_with_evidence_needs_no_reason()
    {
        var item = ItemBuilder.Started();
        var evidence = item.AddEvidence("整改前后对比.jpg", "evidence/2.jpg", "image/jpeg", 2048, StreetCoordinator, DemoTree.Build(), ItemBuilder.Clock());

        item.Complete(StreetCoordinator, DemoTree.Build(), ItemBuilder.Clock());

        Assert.Equal(RectificationStatus.Completed, item.Status);
        Assert.Equal("unit", evidence.UploadedBy);
        Assert.Null(item.NoEvidenceReason);
    }

    [Fact]
    public void Evidence_must_have_a_sensible_size()
    {
        var item = ItemBuilder.Started();

        Assert.Throws<DomainException>(() => item.AddEvidence("空文件.txt", "e/3", "text/plain", 0, Office, DemoTree.Build(), ItemBuilder.Clock()));
        Assert.Throws<DomainException>(() => item.AddEvidence("巨大.mp4", "e/4", "video/mp4", Evidence.MaxSizeBytes + 1, Office, DemoTree.Build(), ItemBuilder.Clock()));
    }

    [Fact]
    public void An_item_not_started_cannot_be_completed_unless_it_is_a_quick_fix()
    {
        var item = ItemBuilder.WithFourHaves();

        var error = Assert.Throws<DomainException>(() => item.Complete(Office, DemoTree.Build(), ItemBuilder.Clock(), "现场整改"));
        Assert.Equal("只有整改中的事项才能标记完成", error.Message);
    }

    [Fact]
    public void A_quick_fix_is_completed_on_the_spot_but_still_records_its_four_haves()
    {
        var bare = ItemBuilder.Bare(quickFix: true);
        var error = Assert.Throws<DomainException>(() => bare.Complete(Office, DemoTree.Build(), ItemBuilder.Clock(), "现场整改"));
        Assert.Equal("四有不全，不能完成整改：缺少目标、措施、责任人、时限", error.Message);

        var item = ItemBuilder.WithFourHaves(quickFix: true);
        item.Complete(StreetCoordinator, DemoTree.Build(), ItemBuilder.Clock(), "现场整改，群众当场确认");

        Assert.Equal(RectificationStatus.Completed, item.Status);
        Assert.Equal(ItemBuilder.Clock().Today, item.StartedOn);
    }

    [Fact]
    public void Progress_is_updated_only_while_in_progress_and_within_0_to_100()
    {
        var item = ItemBuilder.WithFourHaves();
        Assert.Throws<DomainException>(() => item.UpdateProgress(50, Office, DemoTree.Build()));

        item.Start(Office, DemoTree.Build(), ItemBuilder.Clock());
        item.UpdateProgress(60, StreetCoordinator, DemoTree.Build());
        Assert.Equal(60, item.ProgressPercent);
        Assert.Throws<DomainException>(() => item.UpdateProgress(101, Office, DemoTree.Build()));
    }

    [Fact]
    public void The_office_or_a_supervisor_verifies_a_completed_item()
    {
        var byOffice = ItemBuilder.Completed();
        byOffice.Verify("整改到位", Office, ItemBuilder.Clock());
        Assert.Equal(RectificationStatus.Verified, byOffice.Status);
        Assert.Equal("office", byOffice.VerifiedBy);

        var bySupervisor = ItemBuilder.Completed();
        bySupervisor.Verify(null, ActorBuilder.Supervisor(), ItemBuilder.Clock());
        Assert.Equal(RectificationStatus.Verified, bySupervisor.Status);
    }

    [Fact]
    public void The_unit_itself_cannot_verify_its_item()
    {
        var item = ItemBuilder.Completed();

        var error = Assert.Throws<AccessDeniedException>(() => item.Verify(null, StreetCoordinator, ItemBuilder.Clock()));
        Assert.Equal("只有活动办或督导组可以验收整改事项", error.Message);
        Assert.Throws<AccessDeniedException>(() => item.Verify(null, ActorBuilder.Leader(), ItemBuilder.Clock()));
    }

    [Fact]
    public void Only_a_completed_item_can_be_verified()
    {
        var item = ItemBuilder.Started();

        var error = Assert.Throws<DomainException>(() => item.Verify(null, Office, ItemBuilder.Clock()));
        Assert.Equal("只有已完成的整改事项才能验收", error.Message);
    }

    [Fact]
    public void A_completed_or_verified_item_can_be_reopened_and_started_again()
    {
        var item = ItemBuilder.Completed();
        item.Verify(null, Office, ItemBuilder.Clock());

        item.Reopen("回头看发现问题反弹", ActorBuilder.Supervisor());
        Assert.Equal(RectificationStatus.Reopened, item.Status);
        Assert.Equal(1, item.ReopenCount);
        Assert.Null(item.VerifiedOn);
        Assert.Null(item.CompletedOn);

        item.Start(ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), ItemBuilder.Clock());
        Assert.Equal(RectificationStatus.InProgress, item.Status);
    }

    [Fact]
    public void An_item_in_progress_cannot_be_reopened_and_a_reopen_needs_a_reason()
    {
        Assert.Throws<DomainException>(() => ItemBuilder.Started().Reopen("原因", Office));
        Assert.Throws<DomainException>(() => ItemBuilder.Completed().Reopen(" ", Office));
        Assert.Throws<AccessDeniedException>(() => ItemBuilder.Completed().Reopen("原因", StreetCoordinator));
    }

    [Fact]
    public void An_item_in_progress_cannot_be_started_again()
    {
        var item = ItemBuilder.Started();

        var error = Assert.Throws<DomainException>(() => item.Start(Office, DemoTree.Build(), ItemBuilder.Clock()));
        Assert.Equal("只有未开始或重新整改的事项才能开始整改", error.Message);
    }

    [Fact]
    public void A_verified_item_can_no_longer_be_edited()
    {
        var item = ItemBuilder.Completed();
        item.Verify(null, Office, ItemBuilder.Clock());

        var error = Assert.Throws<DomainException>(() => item.SetAnswer("已整改", Office, DemoTree.Build()));
        Assert.Equal("已验收的整改事项不能修改", error.Message);
    }

    [Fact]
    public void A_coordinator_acting_on_another_units_item_is_refused()
    {
        var item = ItemBuilder.WithFourHaves(DemoTree.Street);
        var otherUnit = ActorBuilder.Coordinator(DemoTree.Agency);

        Assert.Throws<AccessDeniedException>(() => item.Start(otherUnit, DemoTree.Build(), ItemBuilder.Clock()));
        Assert.Throws<AccessDeniedException>(() => item.SetFourHaves("a", "b", "c", ItemBuilder.Deadline, otherUnit, DemoTree.Build()));
        Assert.Throws<AccessDeniedException>(() => item.AddEvidence("x.jpg", "e/x", "image/jpeg", 10, otherUnit, DemoTree.Build(), ItemBuilder.Clock()));
        Assert.Throws<AccessDeniedException>(() => item.SetPublic(true, otherUnit, DemoTree.Build()));
        Assert.Throws<AccessDeniedException>(() =>
            RectificationItem.Create(DemoTree.CampaignId, DemoTree.Street, "t", "p", otherUnit, DemoTree.Build(), ItemBuilder.Clock()));
    }

    [Fact]
    public void A_sub_units_coordinator_cannot_act_on_the_parents_item_but_the_parents_can_act_below()
    {
        var streetItem = ItemBuilder.WithFourHaves(DemoTree.Street);
        Assert.Throws<AccessDeniedException>(() => streetItem.Start(ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), ItemBuilder.Clock()));

        var communityItem = ItemBuilder.WithFourHaves(DemoTree.Community);
        communityItem.Start(ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), ItemBuilder.Clock());
        Assert.Equal(RectificationStatus.InProgress, communityItem.Status);
    }

    [Fact]
    public void A_leader_or_supervisor_cannot_edit_a_units_item()
    {
        var item = ItemBuilder.WithFourHaves();

        Assert.Throws<AccessDeniedException>(() => item.Start(ActorBuilder.Leader(), DemoTree.Build(), ItemBuilder.Clock()));
        Assert.Throws<AccessDeniedException>(() => item.Start(ActorBuilder.Supervisor(), DemoTree.Build(), ItemBuilder.Clock()));
    }

    [Fact]
    public void The_preloaded_special_rectification_themes_are_those_of_the_provincial_document()
    {
        var names = SpecialRectificationThemes.Preloaded.Select(t => t.Name).ToList();

        Assert.Contains("文山会海、检查评比泛滥", names);
        Assert.Contains("门难进、脸难看、事难办", names);
        Assert.Contains("公款送礼、公款吃喝、奢侈浪费", names);
        Assert.Contains("侵害群众利益行为", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(names, SpecialRectificationThemes.CreatePreloaded().Select(t => t.Name));
    }

    [Fact]
    public void Only_the_office_maintains_special_rectification_themes()
    {
        Assert.Throws<AccessDeniedException>(() => SpecialRectificationTheme.Create("庸懒散拖", null, 11, StreetCoordinator));

        var theme = SpecialRectificationTheme.Create("庸懒散拖", "推诿扯皮，效率低下", 11, Office);
        Assert.Equal("庸懒散拖", theme.Name);
    }
}
