using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Plans;

public class WorkItemTests
{
    private readonly FixedClock _clock = PlanFixtures.Clock();
    private readonly UnitTree _tree = PlanFixtures.Tree();
    private readonly Actor _coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);

    [Theory]
    [InlineData(null)]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Returned)]
    public void A_work_item_cannot_start_before_the_units_plan_is_approved(PlanStatus? planStatus)
    {
        var item = new WorkItemBuilder().Build();

        var error = Assert.Throws<DomainException>(() => item.Start(planStatus, _coordinator, _tree, _clock));

        Assert.Equal("单位实施方案批准后才能开始工作事项", error.Message);
        Assert.Equal(WorkItemStatus.Planned, item.Status);
    }

    [Fact]
    public void A_work_item_cannot_be_completed_while_the_plan_is_not_approved()
    {
        var item = new WorkItemBuilder().In(WorkItemStatus.InProgress, 50).Build();
        item.AddEvidence("照片.png", "e/1.png", "image/png", 1000, _coordinator, _tree, _clock);

        Assert.Equal("单位实施方案未批准，事项不能完成", Assert.Throws<DomainException>(() => item.Complete(PlanStatus.Returned, _coordinator, _tree, _clock)).Message);
    }

    [Fact]
    public void An_ordinary_item_starts_once_the_plan_is_approved_without_its_own_approval()
    {
        var item = new WorkItemBuilder().OfKind(WorkItemKind.LinkageUpward).Build();

        item.Start(PlanStatus.Approved, _coordinator, _tree, _clock);

        Assert.Equal(WorkItemStatus.InProgress, item.Status);
        Assert.Equal(new DateOnly(2014, 3, 28), item.StartedOn);
    }

    [Fact]
    public void A_frontline_experience_item_needs_the_offices_approval_before_it_runs()
    {
        var item = new WorkItemBuilder().Experience().Build();

        Assert.Equal("一线体验活动须经活动办同意后才能实施", Assert.Throws<DomainException>(() => item.Start(PlanStatus.Approved, _coordinator, _tree, _clock)).Message);

        item.Approve(ActorBuilder.Office(), _clock);
        item.Start(PlanStatus.Approved, _coordinator, _tree, _clock);

        Assert.Equal(WorkItemStatus.InProgress, item.Status);
    }

    [Fact]
    public void Only_the_office_approves_work_items()
    {
        var item = new WorkItemBuilder().Experience().Build();

        Assert.Equal("只有活动办才能批准工作事项", Assert.Throws<AccessDeniedException>(() => item.Approve(_coordinator, _clock)).Message);
        Assert.Throws<AccessDeniedException>(() => item.Approve(ActorBuilder.Leader(), _clock));
    }

    [Fact]
    public void Done_sets_progress_to_100_and_needs_evidence()
    {
        var item = new WorkItemBuilder().In(WorkItemStatus.InProgress, 40).Build();

        Assert.Equal("每一项活动都要有实物资料，请先上传照片或PDF文件", Assert.Throws<DomainException>(() => item.Complete(PlanStatus.Approved, _coordinator, _tree, _clock)).Message);

        item.AddEvidence("会议记录.pdf", "e/2.pdf", "application/pdf", 5000, _coordinator, _tree, _clock);
        item.Complete(PlanStatus.Approved, _coordinator, _tree, _clock);

        Assert.Equal(WorkItemStatus.Done, item.Status);
        Assert.Equal(100, item.ProgressPercent);
        Assert.Equal(_clock.Today, item.CompletedOn);
    }

    [Fact]
    public void Only_a_running_item_can_be_completed() =>
        Assert.Equal("只有进行中的事项才能完成", Assert.Throws<DomainException>(() => new WorkItemBuilder().Build().Complete(PlanStatus.Approved, _coordinator, _tree, _clock)).Message);

    [Fact]
    public void A_coordinator_cannot_touch_another_units_items()
    {
        var item = new WorkItemBuilder().ForUnit(PlanFixtures.Street).Build();
        var other = ActorBuilder.Coordinator(PlanFixtures.Agency);

        Assert.Throws<AccessDeniedException>(() => WorkItem.Plan(PlanFixtures.CampaignId, PlanFixtures.Street, new WorkItemBuilder().Details(), other, _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => item.Edit(item.Details with { Title = "改" }, 0, other, _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => item.Start(PlanStatus.Approved, other, _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => item.Cancel("不做了", other, _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => item.AddEvidence("a.jpg", "e/a.jpg", "image/jpeg", 10, other, _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => item.EnsureCanDelete(other, _tree));
    }

    [Fact]
    public void Edit_changes_every_editable_field_in_one_call()
    {
        var item = new WorkItemBuilder().Build();
        var details = new WorkItemDetails("到社区下基层", WorkItemKind.GrassrootsVisit, new DateOnly(2014, 4, 20), 7, 8, 42, GrassrootsVisitTheme.AskResults, "带队");

        _clock.Advance(TimeSpan.FromHours(1));
        item.Edit(details, 0, _coordinator, _tree, _clock);

        Assert.Equal(details, item.Details);
        Assert.Equal(_clock.UtcNow, item.UpdatedAt);
    }

    [Fact]
    public void Validation_reports_every_field_with_a_chinese_message()
    {
        var errors = new WorkItemDetails(" ", WorkItemKind.GrassrootsVisit, default).Validate();

        Assert.Equal(
            [
                new FieldError("Title", "事项名称不能为空"),
                new FieldError("PlannedDate", "请填写计划日期"),
                new FieldError("ResponsiblePersonId", "下基层事项请选择带队领导"),
                new FieldError("VisitTheme", "下基层事项请选择主题（找问题或问成效）"),
            ],
            errors);
    }

    [Fact]
    public void Only_a_grassroots_visit_has_a_theme()
    {
        var item = new WorkItemBuilder().Build();

        var error = Assert.Throws<DomainException>(() => item.Edit(item.Details with { VisitTheme = GrassrootsVisitTheme.FindProblems }, 0, _coordinator, _tree, _clock));

        Assert.Equal("只有下基层事项才能选择主题", error.Message);
    }

    [Fact]
    public void Progress_is_entered_only_while_the_item_runs()
    {
        var planned = new WorkItemBuilder().Build();
        var running = new WorkItemBuilder().In(WorkItemStatus.InProgress).Build();

        Assert.Equal("事项开始后才能填写进度", Assert.Throws<DomainException>(() => planned.UpdateProgress(30, _coordinator, _tree, _clock)).Message);
        Assert.Equal("进度必须在0到100之间", Assert.Throws<DomainException>(() => running.UpdateProgress(101, _coordinator, _tree, _clock)).Message);

        running.UpdateProgress(60, _coordinator, _tree, _clock);
        Assert.Equal(60, running.ProgressPercent);
    }

    [Fact]
    public void Done_and_cancelled_items_cannot_be_edited()
    {
        var done = new WorkItemBuilder().In(WorkItemStatus.Done).Build();
        var cancelled = new WorkItemBuilder().In(WorkItemStatus.Cancelled).Build();

        Assert.Equal("已完成的事项不能修改", Assert.Throws<DomainException>(() => done.Edit(done.Details, 100, _coordinator, _tree, _clock)).Message);
        Assert.Equal("已取消的事项不能修改", Assert.Throws<DomainException>(() => cancelled.Edit(cancelled.Details, 0, _coordinator, _tree, _clock)).Message);
    }

    [Fact]
    public void Changing_what_an_approved_experience_item_is_sends_it_back_for_approval()
    {
        var item = new WorkItemBuilder().Experience().In(WorkItemStatus.Approved).Build();

        item.Edit(item.Details with { PlannedDate = new DateOnly(2014, 4, 14) }, 0, _coordinator, _tree, _clock);

        Assert.Equal(WorkItemStatus.Planned, item.Status);
        Assert.Null(item.ApprovedBy);
    }

    [Fact]
    public void Editing_only_notes_keeps_an_approved_experience_item_approved()
    {
        var item = new WorkItemBuilder().Experience().In(WorkItemStatus.Approved).Build();

        item.Edit(item.Details with { Notes = "已联系窗口" }, 0, _coordinator, _tree, _clock);

        Assert.Equal(WorkItemStatus.Approved, item.Status);
    }

    [Fact]
    public void A_running_item_cannot_change_its_kind()
    {
        var item = new WorkItemBuilder().In(WorkItemStatus.InProgress).Build();

        Assert.Equal("事项开始后不能更改类型", Assert.Throws<DomainException>(() => item.Edit(item.Details with { Kind = WorkItemKind.ExperienceAsPublic }, 10, _coordinator, _tree, _clock)).Message);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var item = new WorkItemBuilder().Build();

        Assert.Equal("取消原因不能为空", Assert.Throws<DomainException>(() => item.Cancel("", _coordinator, _tree, _clock)).Message);

        item.Cancel("与其他活动合并", _coordinator, _tree, _clock);
        Assert.Equal(WorkItemStatus.Cancelled, item.Status);
        Assert.Equal("与其他活动合并", item.CancelReason);
    }

    [Fact]
    public void Only_an_unapproved_unstarted_item_may_be_deleted()
    {
        new WorkItemBuilder().Build().EnsureCanDelete(_coordinator, _tree);

        Assert.Throws<DomainException>(() => new WorkItemBuilder().In(WorkItemStatus.InProgress).Build().EnsureCanDelete(_coordinator, _tree));
    }

    [Theory]
    [InlineData("照片.jpg", "image/jpeg", 1024, null)]
    [InlineData("照片.JPEG", "image/jpeg", 1024, null)]
    [InlineData("截图.png", "image/png", 1024, null)]
    [InlineData("记录.pdf", "application/pdf", 10L * 1024 * 1024, null)]
    [InlineData("记录.pdf", "application/pdf", 10L * 1024 * 1024 + 1, "文件不能超过10MB")]
    [InlineData("记录.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1024, "只能上传 JPG、PNG 图片或 PDF 文件")]
    [InlineData("伪装.pdf", "image/png", 1024, "只能上传 JPG、PNG 图片或 PDF 文件")]
    [InlineData("空.png", "image/png", 0, "文件是空的，请重新选择")]
    [InlineData("", "image/png", 10, "文件名不能为空")]
    public void Evidence_accepts_jpeg_png_and_pdf_up_to_10_MB(string fileName, string contentType, long size, string? expected) =>
        Assert.Equal(expected, EvidenceRules.Check(fileName, contentType, size));

    [Fact]
    public void Evidence_records_who_uploaded_what_and_when()
    {
        var item = new WorkItemBuilder().Build();

        var evidence = item.AddEvidence(" 现场.jpg ", "evidence/2014/1.jpg", "IMAGE/JPEG", 2048, _coordinator, _tree, _clock);

        Assert.Equal(("现场.jpg", "image/jpeg", 2048L, "unit", _clock.UtcNow), (evidence.FileName, evidence.ContentType, evidence.SizeBytes, evidence.UploadedBy, evidence.UploadedAt));
        Assert.True(evidence.IsImage);
        Assert.Single(item.Evidence);
    }

    [Fact]
    public void A_rejected_file_is_not_attached()
    {
        var item = new WorkItemBuilder().Build();

        Assert.Throws<DomainException>(() => item.AddEvidence("病毒.exe", "e/x", "application/octet-stream", 10, _coordinator, _tree, _clock));
        Assert.Empty(item.Evidence);
    }
}
