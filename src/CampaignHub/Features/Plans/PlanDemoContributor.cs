using System.Text;
using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

/// <summary>
/// Demo plans in every state (approved, submitted, returned with a reason, draft, none), each unit's work
/// items with frontline experiences, leaders' grassroots visits with both themes, and some items overdue on the
/// demo's "today" (2014-04-10). The experience-count rule binds, so every plan that was submitted or approved
/// carried 3–5 experiences at the time; the draft of 区城建集团 carries six (its page shows why it cannot be
/// submitted), and 东山街道 cancelled one after its plan came back, so it must add one before resubmitting.
/// </summary>
public sealed class PlanDemoContributor(EvidenceStore evidenceStore) : IDemoSeedContributor
{
    private enum Fate
    {
        None,
        Draft,
        Submitted,
        ResubmittedAfterReturn,
        Returned,
        Approved,
        ApprovedAfterReturn,
    }

    private sealed record UnitPlan(Fate Fate, int Experiences, string? ReturnReason = null, string? CancelOneExperienceAfterReturn = null);

    /// <summary>The items a unit planned, kept apart by role so the approved units can move them on.</summary>
    private sealed record PlannedItems(List<WorkItem> All, WorkItem Upward, WorkItem Grassroots, List<WorkItem> Experiences, List<WorkItem> Visits)
    {
        public ExperienceReport ExperienceReport => FrontlineExperienceRule.Evaluate(All.Select(i => i.Snapshot));
    }

    private static readonly Dictionary<string, UnitPlan> Plans = new()
    {
        ["district"] = new(Fate.Approved, 4),
        ["office"] = new(Fate.Approved, 3),
        ["minzheng"] = new(Fate.Approved, 5),
        ["renshe"] = new(Fate.ResubmittedAfterReturn, 5, "“双体验”岗位不具体，请写明体验的窗口和时间"),
        ["weisheng"] = new(Fate.Approved, 3),
        ["hospital"] = new(Fate.Returned, 3, "未安排以群众身份体验就医流程，请补充挂号、候诊、缴费等环节的体验安排"),
        ["chengguan"] = new(Fate.Submitted, 3),
        ["zhengwu"] = new(Fate.ApprovedAfterReturn, 4, "组织领导一节未明确联络员，请补充"),
        ["chengjian"] = new(Fate.Draft, 6),
        ["dongshan"] = new(Fate.Returned, 3, "指导思想未结合街道实际；“双体验”活动请写明责任领导和时间", "与社区已有的便民服务活动重复"),
        ["shangfang"] = new(Fate.Approved, 3),
        ["zhushan"] = new(Fate.Submitted, 3),
        ["dongshanwindow"] = new(Fate.Draft, 0),
        ["moling"] = new(Fate.Approved, 4),
        ["yinxiang"] = new(Fate.None, 0),
        ["chunhua"] = new(Fate.Returned, 3, "时间安排与区里的三个时间节点不一致，请对照江宁群办发〔2014〕8号修改"),
        ["feigong"] = new(Fate.None, 0),
    };

    public int Order => 100;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().Include("_phases").Include("_milestones").AsSplitQuery().SingleAsync(c => c.Id == context.CampaignId, cancellationToken);
        var units = await db.Set<Unit>().Include(u => u.People).ToDictionaryAsync(u => u.Id, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var office = new Actor("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);
        // Per unit, items first: submitting and approving check the unit's experience activities.
        foreach (var (key, setup) in Plans)
        {
            if (!context.Units.TryGetValue(key, out var unitId) || setup.Fate == Fate.None)
            {
                continue;
            }

            var unit = units[unitId];
            var coordinator = new Actor("unit", $"{unit.DisplayName}联络员", new HashSet<string> { Roles.Coordinator }, unitId);
            var items = PlanItems(campaign, unit, setup, coordinator, tree, context.Random);
            var plan = SeedPlan(campaign.Id, unit, setup, items, coordinator, office, tree);
            if (plan.IsApproved)
            {
                await MoveOnAsync(unit, items, plan.Status, coordinator, office, tree, context.Random, cancellationToken);
            }

            db.Add(plan);
            db.AddRange(items.All);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ImplementationPlan SeedPlan(int campaignId, Unit unit, UnitPlan setup, PlannedItems items, Actor coordinator, Actor office, UnitTree tree)
    {
        var plan = ImplementationPlan.Draft(campaignId, unit.Id, FirstDraft(unit, setup.Fate == Fate.Draft), coordinator, tree, At(3, 27, 9));
        switch (setup.Fate)
        {
            case Fate.Submitted:
                plan.Submit(coordinator, tree, At(3, 28, 16), items.ExperienceReport);
                break;
            case Fate.Returned:
                plan.Submit(coordinator, tree, At(3, 28, 16), items.ExperienceReport);
                plan.Return(setup.ReturnReason!, office, At(3, 31, 10));
                if (setup.CancelOneExperienceAfterReturn is { } cancelReason)
                {
                    items.Experiences[^1].Cancel(cancelReason, coordinator, tree, At(4, 1, 10));
                }

                break;
            case Fate.ResubmittedAfterReturn:
                plan.Submit(coordinator, tree, At(3, 28, 16), items.ExperienceReport);
                plan.Return(setup.ReturnReason!, office, At(3, 31, 10));
                plan.Revise(Revised(unit), coordinator, tree, At(4, 2, 9));
                plan.Submit(coordinator, tree, At(4, 2, 17), items.ExperienceReport);
                break;
            case Fate.Approved:
                plan.Submit(coordinator, tree, At(3, 28, 16), items.ExperienceReport);
                plan.Approve("同意，请抓好落实", office, At(3, 30, 11), items.ExperienceReport);
                break;
            case Fate.ApprovedAfterReturn:
                plan.Submit(coordinator, tree, At(3, 28, 16), items.ExperienceReport);
                plan.Return(setup.ReturnReason!, office, At(3, 29, 10));
                plan.Revise(Revised(unit), coordinator, tree, At(3, 29, 15));
                plan.Submit(coordinator, tree, At(3, 29, 17), items.ExperienceReport);
                plan.Approve(null, office, At(3, 31, 9), items.ExperienceReport);
                break;
        }

        return plan;
    }

    private static PlannedItems PlanItems(Campaign campaign, Unit unit, UnitPlan setup, Actor coordinator, UnitTree tree, Random random)
    {
        var study = campaign.Phases[0];
        var milestones = campaign.Milestones;
        var leaders = unit.People.Where(p => p.Role.IsLeader()).OrderBy(p => p.Role).ToList();
        var main = leaders[0];
        var other = leaders.Count > 1 ? leaders[1] : leaders[0];
        var created = At(3, 28, 10);
        var items = new List<WorkItem>();

        WorkItem Add(string title, WorkItemKind kind, DateOnly date, Milestone? milestone, Person? leader, GrassrootsVisitTheme? theme = null)
        {
            var item = WorkItem.Plan(campaign.Id, unit.Id, new WorkItemDetails(title, kind, date, study.Id, milestone?.Id, leader?.Id, theme), coordinator, tree, created);
            items.Add(item);
            return item;
        }

        var upward = Add($"{main.Name}带队赴上级对口部门对接联动", WorkItemKind.LinkageUpward, new DateOnly(2014, 3, 31), milestones[0], main);
        var grassroots = Add("与对口基层单位“面对面”对接", WorkItemKind.LinkageGrassroots, new DateOnly(2014, 4, 5), milestones[1], other);
        var experiences = new List<WorkItem>();
        string[] places = ["窗口岗位", "服务大厅", "基层站所", "来访接待室", "便民服务点", "夜间值班岗"];
        for (var i = 0; i < setup.Experiences; i++)
        {
            var kind = i % 2 == 0 ? WorkItemKind.ExperienceAsStaff : WorkItemKind.ExperienceAsPublic;
            var title = kind == WorkItemKind.ExperienceAsStaff ? $"以工作人员身份在{places[i]}体验一天" : $"以群众身份到{places[i]}办事体验";
            experiences.Add(Add(title, kind, new DateOnly(2014, 4, 8 + (i * 2)), milestones[2], i % 2 == 0 ? main : other));
        }

        var visits = new List<WorkItem>
        {
            Add($"{main.Name}下基层：找问题", WorkItemKind.GrassrootsVisit, new DateOnly(2014, 4, 9), null, main, GrassrootsVisitTheme.FindProblems),
            Add($"{main.Name}下基层：问成效", WorkItemKind.GrassrootsVisit, new DateOnly(2014, 5, 20), null, main, GrassrootsVisitTheme.AskResults),
            Add($"{other.Name}下基层：找问题", WorkItemKind.GrassrootsVisit, new DateOnly(2014, 4, 16), null, other, GrassrootsVisitTheme.FindProblems),
        };
        if (random.Next(2) == 0)
        {
            visits.Add(Add($"{main.Name}下基层：回访问成效", WorkItemKind.GrassrootsVisit, new DateOnly(2014, 6, 10), null, main, GrassrootsVisitTheme.AskResults));
        }

        Add("整理活动实物资料并归档", WorkItemKind.Other, new DateOnly(2014, 5, 31), null, other);
        return new PlannedItems(items, upward, grassroots, experiences, visits);
    }

    private async Task MoveOnAsync(Unit unit, PlannedItems planned, PlanStatus planStatus, Actor coordinator, Actor office, UnitTree tree, Random random, CancellationToken cancellationToken)
    {
        var (_, upward, grassroots, experiences, visits) = planned;
        // Approved units are under way: linkage upward done, grassroots linkage running (overdue in some),
        // experiences approved by the office and partly run, the first visit made.
        var working = At(4, 1, 9);
        foreach (var experience in experiences)
        {
            experience.Approve(office, working);
        }

        upward.Start(planStatus, coordinator, tree, working);
        await AttachEvidenceAsync(upward, coordinator, tree, working, cancellationToken);
        upward.Complete(planStatus, coordinator, tree, At(4, 1, 17));

        grassroots.Start(planStatus, coordinator, tree, working);
        grassroots.UpdateProgress(random.Next(2) == 0 ? 100 - 40 : 80, coordinator, tree, At(4, 4, 10));
        if (unit.ParentId is null || random.Next(3) == 0)
        {
            await AttachEvidenceAsync(grassroots, coordinator, tree, At(4, 5, 10), cancellationToken);
            grassroots.Complete(planStatus, coordinator, tree, At(4, 5, 17));
        }

        if (experiences.Count > 0)
        {
            var first = experiences[0];
            first.Start(planStatus, coordinator, tree, At(4, 8, 9));
            first.UpdateProgress(40, coordinator, tree, At(4, 8, 18));
        }

        visits[0].Start(planStatus, coordinator, tree, At(4, 9, 9));
        await AttachEvidenceAsync(visits[0], coordinator, tree, At(4, 9, 17), cancellationToken);
        visits[0].Complete(planStatus, coordinator, tree, At(4, 9, 18));
    }

    private async Task AttachEvidenceAsync(WorkItem item, Actor actor, UnitTree tree, IClock clock, CancellationToken cancellationToken)
    {
        var pdf = Encoding.ASCII.GetBytes(DemoPdf);
        using var stream = new MemoryStream(pdf);
        var stored = await evidenceStore.SaveAsync(stream, "活动记录.pdf", "application/pdf", EvidenceRules.MaxSizeBytes, cancellationToken);
        item.AddEvidence("活动记录.pdf", stored.RelativePath, "application/pdf", stored.SizeBytes, actor, tree, clock);
    }

    private static FixedClock At(int month, int day, int hour) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(hour));

    private static PlanText FirstDraft(Unit unit, bool partial) => new(
        $"以党的十八大和习近平总书记系列重要讲话精神为指导，\n紧紧围绕“为民务实清廉”主题，\n结合{unit.DisplayName}实际，开展“双联动双体验双满意”活动。",
        "一、开展“双联动”：与上级对口部门对接联动，与对口基层单位对接。\n二、开展“双体验”：以普通工作人员身份、以普通群众身份体验一线工作和服务。\n三、领导干部下基层，分别以“找问题”“问成效”为内容。",
        partial ? null : "3月底前完成与上级对口部门对接联动；\n4月5日前完成与对口基层单位对接；\n4月15日前完成“双体验”。",
        partial ? null : $"成立{unit.DisplayName}活动领导小组，主要负责同志任组长。");

    private static PlanText Revised(Unit unit) => new(
        $"以党的十八大和习近平总书记系列重要讲话精神为指导，\n紧紧围绕“为民务实清廉”主题，\n坚持问题导向，结合{unit.DisplayName}服务群众的实际，开展“双联动双体验双满意”活动。",
        "一、开展“双联动”：与上级对口部门对接联动，与对口基层单位对接。\n二、开展“双体验”：以普通工作人员身份在窗口岗位体验一天，以普通群众身份到服务大厅办事体验。\n三、领导干部下基层三次，分别以“找问题”“问成效”为内容。",
        "3月底前完成与上级对口部门对接联动；\n4月5日前完成与对口基层单位对接；\n4月15日前完成“双体验”；\n5月底前完成下基层“问成效”。",
        $"成立{unit.DisplayName}活动领导小组，主要负责同志任组长，分管领导任副组长；\n办公室设联络员一名，负责日常联络和材料报送。");

    private const string DemoPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}
