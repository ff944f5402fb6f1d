using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Plans;

public class FrontlineExperienceRuleTests
{
    private static WorkItemSnapshot Experience(WorkItemStatus status = WorkItemStatus.Planned, WorkItemKind kind = WorkItemKind.ExperienceAsStaff) =>
        WorkItemBuilder.Snapshot(2, status, kind: kind);

    [Theory]
    [InlineData(0, ExperienceCountVerdict.TooFew)]
    [InlineData(2, ExperienceCountVerdict.TooFew)]
    [InlineData(3, ExperienceCountVerdict.Ok)]
    [InlineData(5, ExperienceCountVerdict.Ok)]
    [InlineData(6, ExperienceCountVerdict.TooMany)]
    public void Each_unit_reports_three_to_five_frontline_experience_activities(int count, ExperienceCountVerdict expected) =>
        Assert.Equal(expected, FrontlineExperienceRule.Verdict(count));

    [Fact]
    public void Both_experience_kinds_count_and_cancelled_ones_do_not()
    {
        var items = new[]
        {
            Experience(),
            Experience(kind: WorkItemKind.ExperienceAsPublic),
            Experience(WorkItemStatus.Cancelled),
            Experience(WorkItemStatus.Cancelled),
            WorkItemBuilder.Snapshot(2, WorkItemStatus.Planned, kind: WorkItemKind.LinkageUpward),
        };

        var report = FrontlineExperienceRule.Evaluate(items);

        Assert.Equal(2, report.Count);
        Assert.Equal(ExperienceCountVerdict.TooFew, report.Verdict);
        Assert.Equal("一线体验活动应上报3至5个，目前只有2个，还需至少1个", report.Message);
    }

    [Fact]
    public void The_messages_say_what_to_do()
    {
        Assert.Equal("尚未上报一线体验活动，应上报3至5个", FrontlineExperienceRule.Message(0));
        Assert.Equal("已上报4个一线体验活动，符合3至5个的要求", FrontlineExperienceRule.Message(4));
        Assert.Equal("一线体验活动应上报3至5个，目前有7个，请精简2个", FrontlineExperienceRule.Message(7));
    }

    [Fact]
    public void The_office_sees_units_that_have_not_reported_or_wait_for_approval()
    {
        var none = FrontlineExperienceRule.Evaluate([]);
        var waiting = FrontlineExperienceRule.Evaluate([Experience(WorkItemStatus.Approved), Experience(WorkItemStatus.Done), Experience()]);
        var complete = FrontlineExperienceRule.Evaluate([Experience(WorkItemStatus.Approved), Experience(WorkItemStatus.InProgress), Experience(WorkItemStatus.Done)]);

        Assert.True(none.NotReported);
        Assert.Equal((1, 2, false), (waiting.AwaitingApproval, waiting.Approved, waiting.IsComplete));
        Assert.True(complete.IsComplete);
    }
}
