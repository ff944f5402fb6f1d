using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Campaigns;

public class CampaignSetupTests
{
    private static CampaignDraft Jiangning(IReadOnlyList<int>? units = null) => CampaignTemplate.Find(CampaignTemplate.DoubleLinkage).Draft(2014, units ?? [1, 2, 3]);

    private static T WithId<T>(T entity, int id)
        where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }

    [Fact]
    public void Every_template_lays_out_a_valid_campaign_in_its_source_year_and_the_next()
    {
        foreach (var template in CampaignTemplate.All)
        {
            Assert.Empty(CampaignSetupRules.Problems(template.Draft(template.SourceYear, [1])));
            Assert.Empty(CampaignSetupRules.Problems(template.Draft(2024, [1])));
        }
    }

    [Fact]
    public void The_double_linkage_template_has_the_three_milestones_and_three_to_five_experience_activities()
    {
        var campaign = Campaign.Create(Jiangning());
        Assert.Equal("江宁群办发〔2014〕8号", campaign.DocumentNumber);
        Assert.Equal(3, campaign.Phases.Count);
        Assert.Equal([new DateOnly(2014, 3, 31), new DateOnly(2014, 4, 5), new DateOnly(2014, 4, 15)], campaign.Milestones.Select(m => m.DueDate));
        Assert.Equal((3, 5), (campaign.Rules.ExperienceActivitiesMin, campaign.Rules.ExperienceActivitiesMax));
        Assert.Equal(3, campaign.Units.Count);
    }

    [Fact]
    public void The_grassroots_service_template_has_the_ledger_due_end_of_April_and_three_checks_in_early_November()
    {
        var draft = CampaignTemplate.Find(CampaignTemplate.GrassrootsService).Draft(2011);
        Assert.Equal(new DateOnly(2011, 4, 30), draft.Rules.LedgerDueDate);
        Assert.Equal(new DateRange(new DateOnly(2011, 11, 1), new DateOnly(2011, 11, 10)), draft.Rules.ThreeChecksWindow);
        Assert.Equal(3, draft.Phases.Count);
    }

    [Fact]
    public void The_second_batch_template_requires_three_months_per_unit()
    {
        var draft = CampaignTemplate.Find(CampaignTemplate.SecondBatch).Draft(2014);
        Assert.Equal(3, draft.Rules.MinimumMonthsPerUnit);
        var tooShort = draft with { EndDate = new DateOnly(2014, 3, 15), Phases = [draft.Phases[0] with { EndDate = new DateOnly(2014, 3, 15) }] };
        Assert.Contains(CampaignSetupRules.Problems(tooShort), p => p.Field == "Rules.MinimumMonthsPerUnit");
    }

    [Fact]
    public void The_double_ten_thousand_template_evaluates_five_dimensions_by_questionnaire_and_online()
    {
        var template = CampaignTemplate.Find(CampaignTemplate.DoubleTenThousand);
        Assert.Equal(5, template.Survey.Dimensions.Count);
        Assert.Equal(13, template.Survey.RespondentGroups.Count);
        Assert.Equal(["问卷测评", "网上征求意见"], template.Survey.Channels);
    }

    [Fact]
    public void Phase_must_lie_inside_its_campaign()
    {
        var draft = Jiangning();
        var outside = draft with { Phases = [draft.Phases[0] with { StartDate = new DateOnly(2014, 3, 1) }, .. draft.Phases.Skip(1)] };
        var problem = Assert.Single(CampaignSetupRules.Problems(outside));
        Assert.Equal("Phases[0].StartDate", problem.Field);
        Assert.Contains("活动期间", problem.Message);
    }

    [Fact]
    public void Milestone_must_lie_inside_its_phase()
    {
        var draft = Jiangning();
        var first = draft.Phases[0];
        var moved = draft with { Phases = [first with { Milestones = [first.Milestones[0] with { DueDate = new DateOnly(2014, 6, 15) }] }, .. draft.Phases.Skip(1)] };
        Assert.Contains(CampaignSetupRules.Problems(moved), p => p.Field == "Phases[0].Milestones[0].DueDate" && p.Message.Contains("学习教育、听取意见"));
    }

    [Fact]
    public void Experience_activity_minimum_cannot_exceed_the_maximum()
    {
        var draft = Jiangning() with { Rules = CampaignRules.Default with { ExperienceActivitiesMin = 6, ExperienceActivitiesMax = 5 } };
        Assert.Contains(CampaignSetupRules.Problems(draft), p => p.Field == "Rules.ExperienceActivitiesMax" && p.Message == "体验活动最多项数不能少于最少项数");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void Satisfaction_threshold_must_lie_between_0_and_100_percent(double threshold)
    {
        var draft = Jiangning() with { Rules = CampaignRules.Default with { SatisfactionThreshold = (decimal)threshold } };
        Assert.Contains(CampaignSetupRules.Problems(draft), p => p.Field == "Rules.SatisfactionThreshold");
    }

    [Fact]
    public void Ledger_due_date_and_three_checks_window_must_lie_inside_the_campaign()
    {
        var draft = Jiangning() with { Rules = CampaignRules.Default with { LedgerDueDate = new DateOnly(2014, 12, 1), ThreeChecksStart = new DateOnly(2014, 11, 1), ThreeChecksEnd = new DateOnly(2014, 11, 10) } };
        var fields = CampaignSetupRules.Problems(draft).Select(p => p.Field).ToList();
        Assert.Contains("Rules.LedgerDueDate", fields);
        Assert.Contains("Rules.ThreeChecksStart", fields);
    }

    [Fact]
    public void A_draft_with_missing_parts_is_refused_with_messages_not_a_crash()
    {
        var hostile = new CampaignDraft(null!, null!, null!, default, default, default, null!, null!, null!);
        Assert.NotEmpty(CampaignSetupRules.Problems(hostile));
        Assert.Throws<CampaignSetupException>(() => Campaign.Create(hostile));
    }

    [Fact]
    public void Milestone_with_completions_cannot_be_removed()
    {
        var campaign = Campaign.Create(Jiangning());
        var milestone = WithId(campaign.Milestones[0], 7);
        var records = CampaignRecords.None with { CompletedUnitsByMilestone = new Dictionary<int, IReadOnlySet<int>> { [7] = new HashSet<int> { 1 } } };
        var error = Assert.Throws<DomainException>(() => campaign.RemoveMilestone(milestone, records));
        Assert.Contains("已有1个单位记录完成，不能删除", error.Message);
    }

    [Fact]
    public void Phase_with_milestones_cannot_be_removed()
    {
        var campaign = Campaign.Create(Jiangning());
        var error = Assert.Throws<DomainException>(() => campaign.RemovePhase(campaign.Phases[0], CampaignRecords.None));
        Assert.Contains("下还有时间节点", error.Message);
        campaign.RemovePhase(campaign.Phases[2], CampaignRecords.None);
        Assert.Equal(2, campaign.Phases.Count);
    }

    [Fact]
    public void Unit_with_plans_or_items_cannot_be_withdrawn()
    {
        var campaign = Campaign.Create(Jiangning());
        var records = CampaignRecords.None with { UnitsWithRecords = new HashSet<int> { 2 } };
        Assert.Throws<DomainException>(() => campaign.Withdraw(2, records));
        campaign.Withdraw(3, records);
        Assert.Equal([1, 2], campaign.Units.Select(u => u.UnitId));
    }

    [Fact]
    public void Campaign_cannot_shrink_so_that_existing_records_fall_outside()
    {
        var campaign = new CampaignBuilder().WithoutPhases().Build();
        var records = CampaignRecords.None with { RecordDates = new DateRange(new DateOnly(2014, 3, 28), new DateOnly(2014, 4, 20)) };
        var error = Assert.Throws<DomainException>(() => campaign.Reschedule(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30), records));
        Assert.Contains("不能缩短", error.Message);
    }

    [Fact]
    public void Moving_a_phase_so_a_milestone_falls_outside_it_is_refused()
    {
        var campaign = Campaign.Create(Jiangning());
        var error = Assert.Throws<DomainException>(() => campaign.ReschedulePhase(campaign.Phases[0], new DateOnly(2014, 4, 1), new DateOnly(2014, 5, 31)));
        Assert.Contains("与上级对口部门对接联动", error.Message);
    }

    [Fact]
    public void Moving_a_milestone_out_of_its_phase_is_refused()
    {
        var campaign = Campaign.Create(Jiangning());
        Assert.Throws<DomainException>(() => campaign.RescheduleMilestone(campaign.Milestones[0], new DateOnly(2014, 6, 2)));
    }

    [Fact]
    public void Archived_campaign_refuses_every_change()
    {
        var campaign = Campaign.Create(Jiangning());
        campaign.Archive(new DateOnly(2014, 10, 8));
        Assert.True(campaign.IsArchived);
        var error = Assert.Throws<DomainException>(() => campaign.Enrol(9));
        Assert.Contains("已结束归档", error.Message);
        Assert.Throws<DomainException>(() => campaign.SetSatisfactionThreshold(0.9m));
        Assert.Throws<DomainException>(() => campaign.Revise(Jiangning(), CampaignRecords.None));
    }

    [Fact]
    public void An_archived_campaigns_set_up_is_shown_read_only_with_the_reason_its_changes_are_refused_with()
    {
        var campaign = Campaign.Create(Jiangning());
        Assert.True(campaign.WhyCannotEdit().IsAllowed);

        campaign.Archive(new DateOnly(2014, 10, 8));

        var answer = campaign.WhyCannotEdit();
        Assert.Equal(RefusalKind.NotApplicable, answer.Refusal);
        Assert.Equal(answer.Reason, Assert.Throws<DomainException>(() => campaign.Enrol(9)).Message);
    }

    [Fact]
    public void Copy_of_last_years_campaign_shifts_every_date_a_year_and_keeps_units()
    {
        var campaign = Campaign.Create(Jiangning() with { Rules = CampaignRules.Default with { LedgerDueDate = new DateOnly(2014, 4, 30) } });
        var copy = campaign.CopyShiftedBy(1);
        Assert.Equal("江宁群办发〔2015〕8号", copy.DocumentNumber);
        Assert.Equal(new DateOnly(2015, 3, 26), copy.StartDate);
        Assert.Equal(new DateOnly(2015, 4, 30), copy.Rules.LedgerDueDate);
        Assert.Equal(campaign.Milestones.Select(m => m.DueDate.AddYears(1)), copy.Milestones.Select(m => m.DueDate));
        Assert.Equal(campaign.Units.Select(u => u.UnitId), copy.Units.Select(u => u.UnitId));
        Assert.False(copy.IsArchived);
    }

    [Fact]
    public void Milestone_for_a_chosen_set_applies_only_to_those_units()
    {
        var draft = Jiangning();
        var first = draft.Phases[0];
        var scoped = draft with { Phases = [first with { Milestones = [first.Milestones[0] with { UnitIds = [2] }] }, .. draft.Phases.Skip(1)] };
        var milestone = Campaign.Create(scoped).Milestones[0];
        Assert.True(milestone.AppliesTo(2));
        Assert.False(milestone.AppliesTo(1));
        var foreign = draft with { Phases = [first with { Milestones = [first.Milestones[0] with { UnitIds = [99] }] }, .. draft.Phases.Skip(1)] };
        Assert.Contains(CampaignSetupRules.Problems(foreign), p => p.Field == "Phases[0].Milestones[0].UnitIds");
    }
}
