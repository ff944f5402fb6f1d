using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class QuotaRuleTests
{
    private static QuotaRule Find(QuotaRole role, DutyType type, QuotaMeasure measure = QuotaMeasure.Count) =>
        QuotaRule.DefaultRules().Single(r => r.Role == role && r.DutyType == type && r.Measure == measure);

    [Fact]
    public void The_defaults_carry_the_numbers_of_seed_003()
    {
        Assert.Equal(60, Find(QuotaRole.MainLeader, DutyType.ResearchStay, QuotaMeasure.Days).Target);
        Assert.Equal(30, Find(QuotaRole.OtherLeader, DutyType.ResearchStay, QuotaMeasure.Days).Target);
        Assert.Equal(5, Find(QuotaRole.MainLeader, DutyType.ResearchStay).MinConsecutiveDays);
        Assert.Equal(1, Find(QuotaRole.MainLeader, DutyType.ResearchReport).Target);
        Assert.Equal(1, Find(QuotaRole.OtherLeader, DutyType.ResearchReport).Target);
        Assert.Equal(2, Find(QuotaRole.OtherLeader, DutyType.ContactPointVisit).Target);
        Assert.Equal(1, Find(QuotaRole.MainLeader, DutyType.PracticalMatter).Target);
        Assert.Equal(4, Find(QuotaRole.OtherLeader, DutyType.CaseCarryingVisit).Target);
        Assert.Equal(2, Find(QuotaRole.MainLeader, DutyType.HeartToHeartTalk).Target);
        Assert.Equal(4, Find(QuotaRole.CityPartyRepresentative, DutyType.PartyRepStudioActivity).Target);
        Assert.Equal(6, Find(QuotaRole.UnitPartyRepresentative, DutyType.PartyRepStudioActivity).Target);

        var mainReception = Find(QuotaRole.MainLeader, DutyType.ReceptionDay, QuotaMeasure.Days);
        var otherReception = Find(QuotaRole.OtherLeader, DutyType.ReceptionDay, QuotaMeasure.Days);
        Assert.Equal((1, QuotaPeriod.Month), (mainReception.Target, mainReception.Period));
        Assert.Equal((1, QuotaPeriod.HalfMonth), (otherReception.Target, otherReception.Period));
    }

    [Fact]
    public void Every_default_rule_cites_its_source() =>
        Assert.All(QuotaRule.DefaultRules(), r => Assert.StartsWith("镇卫党发〔2014〕38号", r.Source));

    [Fact]
    public void Only_an_administrator_may_change_a_quota()
    {
        var rule = Find(QuotaRole.OtherLeader, DutyType.ContactPointVisit);

        Assert.Throws<AccessDeniedException>(() =>
            rule.Change(3, QuotaMeasure.Count, QuotaPeriod.Year, "每年不少于3次", null, null, ActorBuilder.Office()));

        rule.Change(3, QuotaMeasure.Count, QuotaPeriod.Year, "每年不少于3次", null, null, Actor.System);
        Assert.Equal(3, rule.Target);
        Assert.Equal("每年不少于3次", rule.TargetText);
    }

    [Fact]
    public void A_quota_needs_a_positive_target()
    {
        var error = Assert.Throws<DomainException>(() =>
            new QuotaRule(QuotaRole.MainLeader, DutyType.HeartToHeartTalk, 0, QuotaMeasure.Count, QuotaPeriod.Year, "谈心"));
        Assert.Equal("指标数值必须在1到366之间", error.Message);
    }

    [Fact]
    public void Secondments_are_not_a_countable_quota() =>
        Assert.Throws<DomainException>(() =>
            new QuotaRule(QuotaRole.MainLeader, DutyType.Secondment, 1, QuotaMeasure.Count, QuotaPeriod.Year, "挂职"));

    [Fact]
    public void Every_duty_and_role_has_a_Chinese_name()
    {
        Assert.All(Enum.GetValues<DutyType>(), t => Assert.NotEqual(t.ToString(), t.ToChinese()));
        Assert.All(Enum.GetValues<QuotaRole>(), r => Assert.NotEqual(r.ToString(), r.ToChinese()));
        Assert.Equal("调研蹲点", DutyType.ResearchStay.ToChinese());
    }
}
