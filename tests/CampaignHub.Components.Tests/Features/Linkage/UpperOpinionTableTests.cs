using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Linkage;
using CampaignHub.Features.Linkage.Components;

namespace CampaignHub.Components.Tests.Features.Linkage;

/// <summary>The upper departments' opinions table offers each viewer exactly the domain's answers and shows overdue feedback.</summary>
public sealed class UpperOpinionTableTests : ComponentTestContext
{
    private const int Dongshan = 12;
    private static readonly UnitTree Tree = new([(1, null), (12, 1), (13, 1)]);
    private static readonly Actor Office = new("office", "活动办", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Unit = new("unit", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, Dongshan);

    private static FixedClock On(int month, int day) => new(new DateTimeOffset(2014, month, day, 15, 0, 0, ChinaTime.Offset));

    private static Opinion Received()
    {
        var opinion = Opinion.ReceiveFromUpperDepartment(1, "南京市城市管理局", OpinionCategory.PublicOrder, "东山街道主要道路占道经营反复", new DateOnly(2014, 4, 1), Office, On(4, 1));
        typeof(CampaignHub.Domain.Common.Entity).GetProperty("Id")!.SetValue(opinion, 7);
        return opinion;
    }

    private static Opinion Forwarded()
    {
        var opinion = Received();
        opinion.ForwardForFeedback(Dongshan, new DateOnly(2014, 4, 8), "副区长 李明", Office, Tree, On(4, 2));
        return opinion;
    }

    private static UpperOpinionRowDto Row(Opinion o, Actor viewer) => new(
        o.Id, o.ReceiptNumber, o.UpperDepartmentName!, o.Category.ToChinese(), o.Content, o.RaisedOn, o.Forwarding!.Value, o.Forwarding!.Value.ToChinese(),
        o.ClaimedByUnitId, o.ClaimedByUnitId is null ? null : "东山街道", o.ConcernedLeaders, o.DueOn, o.DaysOverdue(new DateOnly(2014, 4, 10)), o.Answer, o.AnsweredOn,
        o.FeedbackReturnReason, o.FeedbackReturnCount,
        new[] { OpinionAction.Forward, OpinionAction.Answer, OpinionAction.ReturnFeedback, OpinionAction.Close }.ToDictionary(a => a, a => o.WhyCannot(a, viewer, Tree)));

    [Fact]
    public void The_office_forwards_an_opinion_waiting_for_forwarding()
    {
        var acts = new List<(UpperOpinionRowDto Row, OpinionAction Action)>();
        var table = Render<UpperOpinionTable>(p => p.Add(c => c.Rows, [Row(Received(), Office)]).Add(c => c.OnAct, ((UpperOpinionRowDto Row, OpinionAction Action) a) => acts.Add(a)));

        Assert.Equal("待转交", table.Find("[data-testid=upper-opinion-state] .ch-tag").TextContent);
        Assert.Empty(table.FindAll("[data-testid=upper-answer]"));
        table.Find("[data-testid=upper-forward]").Click();

        Assert.Equal(OpinionAction.Forward, Assert.Single(acts).Action);
    }

    [Fact]
    public void Only_the_receiving_units_coordinator_is_offered_the_feedback_and_the_office_sees_it_overdue()
    {
        var opinion = Forwarded();

        var forUnit = Render<UpperOpinionTable>(p => p.Add(c => c.Rows, [Row(opinion, Unit)]));
        var forOffice = Render<UpperOpinionTable>(p => p.Add(c => c.Rows, [Row(opinion, Office)]));

        Assert.Single(forUnit.FindAll("[data-testid=upper-answer]"));
        Assert.Empty(forUnit.FindAll("[data-testid=upper-forward]"));
        Assert.Empty(forOffice.FindAll("[data-testid=upper-answer]"));
        Assert.Equal("逾期2天", forOffice.Find("[data-testid=upper-opinion-overdue]").TextContent);
        Assert.Contains("相关区领导：副区长 李明", forOffice.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answered_opinion_shows_the_feedback_and_offers_the_office_return_and_close()
    {
        var opinion = Forwarded();
        opinion.AnswerWith("已制定长效管理办法", Unit, Tree, On(4, 7));

        var table = Render<UpperOpinionTable>(p => p.Add(c => c.Rows, [Row(opinion, Office)]));

        Assert.Contains("已制定长效管理办法", table.Find("[data-testid=upper-opinion-answer]").TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("[data-testid=upper-opinion-overdue]"));
        Assert.Single(table.FindAll("[data-testid=upper-return]"));
        Assert.Single(table.FindAll("[data-testid=upper-close]"));
    }
}
