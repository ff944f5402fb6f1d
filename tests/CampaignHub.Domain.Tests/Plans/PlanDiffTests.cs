using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Plans;

public class PlanDiffTests
{
    [Fact]
    public void Identical_texts_have_only_unchanged_lines()
    {
        var lines = PlanDiff.Lines("甲\n乙", "甲\n乙");

        Assert.All(lines, l => Assert.Equal(DiffLineKind.Unchanged, l.Kind));
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Added_removed_and_unchanged_lines_are_told_apart_with_line_numbers()
    {
        var lines = PlanDiff.Lines("一、学习\n二、对接上级\n三、总结", "一、学习\n二、联动基层\n三、总结\n四、回头看");

        Assert.Equal(
            [
                new DiffLine(DiffLineKind.Unchanged, "一、学习", 1, 1),
                new DiffLine(DiffLineKind.Removed, "二、对接上级", 2, null),
                new DiffLine(DiffLineKind.Added, "二、联动基层", null, 2),
                new DiffLine(DiffLineKind.Unchanged, "三、总结", 3, 3),
                new DiffLine(DiffLineKind.Added, "四、回头看", null, 4),
            ],
            lines);
    }

    [Fact]
    public void An_empty_section_diffs_as_all_added_or_all_removed()
    {
        Assert.All(PlanDiff.Lines(null, "甲\n乙"), l => Assert.Equal(DiffLineKind.Added, l.Kind));
        Assert.All(PlanDiff.Lines("甲", ""), l => Assert.Equal(DiffLineKind.Removed, l.Kind));
        Assert.Empty(PlanDiff.Lines(null, null));
    }

    [Fact]
    public void Two_versions_are_compared_per_section_whatever_order_they_are_passed_in()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var tree = PlanFixtures.Tree();
        var clock = PlanFixtures.Clock();
        var plan = new PlanBuilder().WithText(PlanFixtures.FullText("一、双联动")).Returned().Build();
        plan.Revise(PlanFixtures.FullText("一、双联动\n二、双体验"), coordinator, tree, clock);
        plan.Submit(coordinator, tree, clock, PlanFixtures.Experiences());

        var diff = PlanDiff.Compare(plan.GetVersion(2), plan.GetVersion(1));

        Assert.Equal((1, 2), (diff.OlderNumber, diff.NewerNumber));
        Assert.Equal(PlanText.Sections, diff.Sections.Select(s => s.Section));
        var main = diff.Sections.Single(s => s.Section == PlanSection.MainContent);
        Assert.Equal((1, 0), (main.Added, main.Removed));
        Assert.False(diff.Sections.Single(s => s.Section == PlanSection.GuidingIdea).HasChanges);
        Assert.True(diff.HasChanges);
    }
}
