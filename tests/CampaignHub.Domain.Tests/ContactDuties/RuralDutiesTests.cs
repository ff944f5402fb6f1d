using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;
using static CampaignHub.Domain.Tests.Builders.RuralDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class RuralPointTests
{
    [Fact]
    public void Rural_point_is_not_compliant_until_it_has_an_instructor_10000_yuan_and_a_computer()
    {
        var point = Point();
        Assert.Equal(3, ThreeOnesRule.Assess(point, D(2014, 4, 10)).Shortfalls.Count);

        point.DispatchInstructor("王明", D(2014, 3, 1), Coordinator, Tree(), Today);
        point.FundActivityRoom(9_999.99m, "民财2014-031", D(2014, 3, 5), Coordinator, Tree(), Today);
        point.DonateComputers(1, D(2014, 3, 8), Coordinator, Tree(), Today);
        var almost = ThreeOnesRule.Assess(point, D(2014, 4, 10));
        Assert.False(almost.IsMet);
        Assert.Equal([RuralContributionKind.ActivityRoomFunding], almost.Shortfalls.Select(s => s.Kind));

        point.FundActivityRoom(0.01m, "民财2014-032", D(2014, 3, 9), Coordinator, Tree(), Today);
        var met = ThreeOnesRule.Assess(point, D(2014, 4, 10));
        Assert.True(met.IsMet);
        Assert.Equal("“三个一”已全部落实", met.Text);
        Assert.Equal(10_000m, met.FundingYuan);
    }

    [Fact]
    public void The_shortfall_names_what_is_missing_and_how_many_yuan_remain()
    {
        var point = Point();
        point.FundActivityRoom(6_000m, "民财2014-031", D(2014, 3, 5), Coordinator, Tree(), Today);
        point.FundActivityRoom(1_000m, "民财2014-040", D(2014, 4, 1), Coordinator, Tree(), Today);

        var standing = ThreeOnesRule.Assess(point, D(2014, 4, 10));

        Assert.Equal("尚缺：未下派党建工作指导员；党员活动室经费还差¥3,000；未捐赠党员活动专用电脑", standing.Text);
        Assert.Equal("yellow", standing.Colour);
    }

    [Fact]
    public void A_point_still_short_after_its_year_is_flagged_red()
    {
        var point = Point();
        point.DispatchInstructor("王明", D(2014, 3, 1), Coordinator, Tree(), Today);

        Assert.False(ThreeOnesRule.Assess(point, D(2014, 12, 31)).IsFlagged);
        var late = ThreeOnesRule.Assess(point, D(2015, 1, 1));
        Assert.True(late.IsFlagged);
        Assert.Equal("red", late.Colour);
        Assert.StartsWith("年底仍缺：", late.Text);
    }

    [Fact]
    public void The_thresholds_are_the_documents_one_instructor_ten_thousand_yuan_and_one_computer()
    {
        Assert.Equal(1, ThreeOnesRule.MinInstructors);
        Assert.Equal(10_000m, ThreeOnesRule.MinActivityRoomFundingYuan);
        Assert.Equal(1, ThreeOnesRule.MinComputers);
        Assert.Equal(["至少下派1名党建工作指导员", "至少资助1万元（¥10,000）党员活动室建设经费", "至少捐赠1台党员活动专用电脑"], ThreeOnesRule.Requirements);
    }

    [Fact]
    public void Funding_needs_a_positive_amount_to_the_fen_and_a_voucher()
    {
        var point = Point();
        DomainException Fund(decimal amount, string voucher) =>
            Assert.Throws<DomainException>(() => point.FundActivityRoom(amount, voucher, D(2014, 3, 5), Coordinator, Tree(), Today));

        Assert.Equal("资助金额必须大于0元", Fund(0m, "民财1").Message);
        Assert.Equal("资助金额最多精确到分（两位小数）", Fund(100.001m, "民财1").Message);
        Assert.Equal("单笔资助金额不能超过¥10,000,000", Fund(10_000_001m, "民财1").Message);
        Assert.Equal("凭证号不能为空", Fund(5_000m, " ").Message);
        Assert.Empty(point.Contributions);
    }

    [Fact]
    public void Contributions_lie_in_the_points_year_and_not_in_the_future()
    {
        var point = Point();

        Assert.Equal("日期不能晚于今天", Assert.Throws<DomainException>(() => point.DonateComputers(1, D(2014, 4, 11), Coordinator, Tree(), Today)).Message);
        Assert.Equal("该联系点是2014年度的，日期须在2014年内", Assert.Throws<DomainException>(() => point.DonateComputers(1, D(2013, 12, 31), Coordinator, Tree(), Today)).Message);
        Assert.Equal("捐赠电脑台数必须在1到200之间", Assert.Throws<DomainException>(() => point.DonateComputers(0, D(2014, 4, 1), Coordinator, Tree(), Today)).Message);
    }

    [Fact]
    public void An_instructor_is_a_named_person_dispatched_once()
    {
        var point = Point();
        point.DispatchInstructor("王明", D(2014, 3, 1), Coordinator, Tree(), Today);

        Assert.Equal("党建工作指导员姓名不能为空", Assert.Throws<DomainException>(() => point.DispatchInstructor("", D(2014, 3, 2), Coordinator, Tree(), Today)).Message);
        Assert.Equal("王明已下派到该联系点", Assert.Throws<DomainException>(() => point.DispatchInstructor(" 王明 ", D(2014, 3, 2), Coordinator, Tree(), Today)).Message);
    }

    [Fact]
    public void A_unit_names_a_village_as_its_rural_point_once_a_year()
    {
        var first = Point();

        var again = Assert.Throws<DomainException>(() => RuralPoint.Designate(UnitId, 2014, "淳化街道新建村", null, [first], Coordinator, Tree(), Today));
        Assert.Equal("本单位2014年已登记农村联系点“淳化街道新建村”", again.Message);
        Assert.Equal("农村联系点年度须在2013年到2015年之间", Assert.Throws<DomainException>(() => Point(year: 2012)).Message);
        Assert.Equal(2015, RuralPoint.Designate(UnitId, 2015, "淳化街道新建村", null, [first], Coordinator, Tree(), Today).Year);
    }

    [Fact]
    public void Another_units_coordinator_cannot_record_for_a_rural_point()
    {
        var point = Point();
        var stranger = ActorBuilder.Coordinator(OtherUnitId);

        Assert.Equal(RefusalKind.NotPermitted, point.WhyCannotRecord(stranger, Tree()).Refusal);
        Assert.True(point.WhyCannotRecord(ActorBuilder.Office(), Tree()).IsAllowed);
        Assert.Throws<AccessDeniedException>(() => point.DonateComputers(1, D(2014, 4, 1), stranger, Tree(), Today));
        Assert.Throws<AccessDeniedException>(() => RuralPoint.Designate(UnitId, 2014, "新建村", null, [], stranger, Tree(), Today));
    }

    [Fact]
    public void The_three_ones_are_kept_on_the_rural_point_not_as_a_leaders_activity()
    {
        Assert.False(DutyType.RuralPointThreeOnes.IsRecordedAsActivity());
        var error = Assert.Throws<DomainException>(() => ContactActivity.Record(10, UnitId, DutyType.RuralPointThreeOnes, D(2014, 4, 1), D(2014, 4, 1),
            "新建村", null, "捐赠电脑", null, Coordinator, Tree(), Today));
        Assert.Equal("农村联系点“三个一”请在“三送与结对共建”中按联系点登记", error.Message);
    }

    [Fact]
    public void Each_contribution_tells_the_change_feed_which_unit_it_concerns()
    {
        var point = Point().WithId(7);
        point.FundActivityRoom(6_000m, "民财2014-031", D(2014, 3, 5), Coordinator, Tree(), Today);

        var recorded = Assert.IsType<RuralPointContributionRecorded>(point.DomainEvents.Last());
        Assert.Equal(UnitId, recorded.UnitId);
        Assert.Equal(7, recorded.EntityId);
        Assert.Equal("为淳化街道新建村资助党员活动室建设经费¥6,000（凭证号民财2014-031）", recorded.Summary);
    }
}

public class ThreeSendsTests
{
    private static ThreeSendsRecord Send(ThreeSendsKind kind, string recipient = "新建村王桂兰家", SendRecipientKind recipientKind = SendRecipientKind.Family, DateOnly? on = null) =>
        ThreeSendsRecord.Record(UnitId, Cadre(), kind, recipientKind, recipient, on ?? D(2014, 3, 20), "宣讲城乡居民养老保险政策", Coordinator, Tree(), Today);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Three_sends_record_is_refused_without_a_named_family_or_enterprise(string recipient)
    {
        var family = Assert.Throws<DomainException>(() => Send(ThreeSendsKind.Warmth, recipient));
        var enterprise = Assert.Throws<DomainException>(() => Send(ThreeSendsKind.Service, recipient, SendRecipientKind.Enterprise));

        Assert.Equal("“三送”须送到具体的家庭或企业，请填写家庭名称", family.Message);
        Assert.Equal("“三送”须送到具体的家庭或企业，请填写企业名称", enterprise.Message);
    }

    [Fact]
    public void Three_sends_is_one_of_policy_service_or_warmth_to_a_family_or_enterprise()
    {
        Assert.Equal("请选择送政策、送服务或送温暖", Assert.Throws<DomainException>(() => Send((ThreeSendsKind)9)).Message);
        Assert.Equal("请选择接收对象是家庭还是企业", Assert.Throws<DomainException>(() => Send(ThreeSendsKind.Policy, recipientKind: (SendRecipientKind)9)).Message);
        Assert.Equal("日期不能晚于今天", Assert.Throws<DomainException>(() => Send(ThreeSendsKind.Policy, on: D(2014, 4, 11))).Message);
    }

    [Fact]
    public void Three_sends_are_sent_by_a_cadre_of_the_recording_unit()
    {
        var cadre = Cadre();

        var foreign = Assert.Throws<DomainException>(() => ThreeSendsRecord.Record(OtherUnitId, cadre, ThreeSendsKind.Policy, SendRecipientKind.Family, "王家", D(2014, 3, 1), "政策",
            ActorBuilder.Office(), Tree(), Today));
        Assert.Equal("送出人须是本单位干部", foreign.Message);
        Assert.Throws<AccessDeniedException>(() => ThreeSendsRecord.Record(UnitId, cadre, ThreeSendsKind.Policy, SendRecipientKind.Family, "王家", D(2014, 3, 1), "政策",
            ActorBuilder.Coordinator(OtherUnitId), Tree(), Today));
    }

    [Fact]
    public void Three_sends_are_counted_per_unit_and_year_by_kind()
    {
        var records = new[]
        {
            Send(ThreeSendsKind.Policy), Send(ThreeSendsKind.Policy), Send(ThreeSendsKind.Warmth),
            Send(ThreeSendsKind.Service, "天元食品厂", SendRecipientKind.Enterprise),
            ThreeSendsRecord.Record(UnitId, Cadre(), ThreeSendsKind.Warmth, SendRecipientKind.Family, "李家", D(2013, 12, 20), "慰问", Coordinator, Tree(), Today),
        };

        var count = ThreeSendsTally.For(records, UnitId, 2014);

        Assert.Equal(new ThreeSendsCount(2, 1, 1), count);
        Assert.Equal(4, count.Total);
        Assert.Equal("送政策2次、送服务1次、送温暖1次", count.Text);
        Assert.Equal(0, ThreeSendsTally.For(records, OtherUnitId, 2014).Total);
    }
}

public class PartyPairingTests
{
    private static PartyPairing Pair(string office = "区民政局机关党支部", string rural = "淳化街道新建村党总支", IEnumerable<PartyPairing>? existing = null, Unit? ruralUnit = null) =>
        PartyPairing.Form(Agency, office, ruralUnit, rural, RuralOrganisationKind.NewCountrysidePoint, D(2014, 3, 1), existing ?? [], Coordinator, TreeWithVillage(), Today);

    [Fact]
    public void An_organisation_cannot_pair_with_itself()
    {
        Assert.Equal("党组织不能与自己结对共建", Assert.Throws<DomainException>(() => Pair("区民政局机关党支部", "区民政局 机关党支部")).Message);
        var sameUnit = Assert.Throws<DomainException>(() => PartyPairing.Form(Village, "新建村党总支", Village, "新建村党总支", RuralOrganisationKind.PovertyAlleviationPoint,
            D(2014, 3, 1), [], ActorBuilder.Office(), TreeWithVillage(), Today));
        Assert.Equal("结对共建的机关一方不能是村（社区）党组织", sameUnit.Message);
    }

    [Fact]
    public void The_same_two_organisations_have_at_most_one_active_pairing()
    {
        var first = Pair();

        var duplicate = Assert.Throws<DomainException>(() => Pair(existing: [first]));
        Assert.Equal("区民政局机关党支部已与淳化街道新建村党总支结对共建，不能重复结对", duplicate.Message);
        Assert.Equal("淳化街道石塘村党支部", Pair(rural: "淳化街道石塘村党支部", existing: [first]).RuralOrganisationName);

        first.End(D(2014, 4, 1), Coordinator, TreeWithVillage(), Today);
        Assert.False(first.IsActive);
        Assert.True(Pair(existing: [first]).IsActive);
    }

    [Fact]
    public void The_rural_side_is_a_village_or_community()
    {
        var error = Assert.Throws<DomainException>(() => Pair(ruralUnit: UnitBuilder.WithId(3, "区人民医院", kind: UnitKind.HealthUnit)));
        Assert.Equal("结对共建的农村一方须是村（社区）党组织", error.Message);
        Assert.Equal(4, Pair(ruralUnit: Village).RuralUnitId);
    }

    [Fact]
    public void Joint_activities_lie_between_the_pairing_start_and_today_and_stop_when_it_ends()
    {
        var pairing = Pair();
        var tree = TreeWithVillage();

        Assert.Equal("活动日期不能早于结对日期（2014年3月1日）", Assert.Throws<DomainException>(() => pairing.RecordActivity(D(2014, 2, 28), "共过组织生活", Coordinator, tree, Today)).Message);
        Assert.Equal("活动日期不能晚于今天", Assert.Throws<DomainException>(() => pairing.RecordActivity(D(2014, 4, 11), "共过组织生活", Coordinator, tree, Today)).Message);
        Assert.Equal("共建活动内容不能为空", Assert.Throws<DomainException>(() => pairing.RecordActivity(D(2014, 3, 20), " ", Coordinator, tree, Today)).Message);

        pairing.RecordActivity(D(2014, 3, 20), "两支部联合开展主题党日，共过组织生活", Coordinator, tree, Today);
        Assert.Equal("结束日期不能早于结对日期或已登记的共建活动", Assert.Throws<DomainException>(() => pairing.End(D(2014, 3, 19), Coordinator, tree, Today)).Message);
        pairing.End(D(2014, 4, 1), Coordinator, tree, Today);

        Assert.Equal(RefusalKind.NotApplicable, pairing.WhyCannotRecordActivity(Coordinator, tree).Refusal);
        Assert.Equal("结对共建已结束，不能再登记共建活动", Assert.Throws<DomainException>(() => pairing.RecordActivity(D(2014, 4, 2), "走访", Coordinator, tree, Today)).Message);
        Assert.Single(pairing.Activities);
    }

    [Fact]
    public void Only_the_office_units_own_coordinator_or_the_office_records_a_pairing()
    {
        var pairing = Pair();
        var stranger = ActorBuilder.Coordinator(OtherUnitId);

        Assert.Equal(RefusalKind.NotPermitted, pairing.WhyCannotRecordActivity(stranger, TreeWithVillage()).Refusal);
        Assert.Throws<AccessDeniedException>(() => PartyPairing.Form(Agency, "区民政局机关党支部", null, "石塘村党支部", RuralOrganisationKind.PovertyAlleviationPoint,
            D(2014, 3, 1), [], stranger, TreeWithVillage(), Today));
    }
}
