using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Units;

public class UnitSetUpTests
{
    // 1 district → 2 street → 3 community, 4 community; 1 → 5 agency
    private static UnitTree Tree() => new([(1, null), (2, 1), (3, 2), (4, 2), (5, 1)]);

    private static readonly DateOnly Day = new(2014, 4, 10);

    [Fact]
    public void Unit_with_records_cannot_be_deleted_only_retired()
    {
        var records = new UnitRecords(Enrolments: 1, Plans: 0, WorkItems: 0, People: 3, Accounts: 0, UnitsBelow: 0, OtherRecords: 0);

        var error = Assert.Throws<DomainException>(() => Unit.EnsureCanBeDeleted(records));

        Assert.Equal("该单位已有活动参加记录1条、人员3名，不能删除，只能撤销（历史记录保留）", error.Message);
        var unit = UnitBuilder.WithId(4);
        unit.Retire(Day, unitsInUseBelow: 0);
        Assert.True(unit.IsRetired);
        Assert.Equal(Day, unit.RetiredOn);
    }

    [Fact]
    public void Unit_without_records_may_be_deleted() => Unit.EnsureCanBeDeleted(default);

    [Fact]
    public void Unit_cannot_be_moved_under_its_own_descendant()
    {
        var street = UnitBuilder.WithId(2);

        var error = Assert.Throws<DomainException>(() => street.MoveUnder(UnitBuilder.WithId(3, parentId: 2), Tree()));

        Assert.Equal("不能把单位移到其下级单位之下", error.Message);
        Assert.Equal(1, street.ParentId);
    }

    [Fact]
    public void Unit_cannot_be_moved_under_a_retired_unit()
    {
        var retired = UnitBuilder.WithId(5, "区民政局");
        retired.Retire(Day, 0);

        var error = Assert.Throws<DomainException>(() => UnitBuilder.WithId(3, parentId: 2).MoveUnder(retired, Tree()));

        Assert.Equal("上级单位“区民政局”已撤销，不能移到其下", error.Message);
    }

    [Fact]
    public void Unit_with_units_in_use_below_cannot_be_retired()
    {
        var error = Assert.Throws<DomainException>(() => UnitBuilder.WithId(2).Retire(Day, unitsInUseBelow: 2));

        Assert.Equal("该单位下还有2个未撤销的下级单位，请先撤销或移走下级单位", error.Message);
    }

    [Fact]
    public void Retired_unit_is_reinstated_only_under_a_unit_in_use()
    {
        var parent = UnitBuilder.WithId(2, "东山街道");
        var child = UnitBuilder.WithId(3, parentId: 2);
        child.Retire(Day, 0);
        parent.Retire(Day, 0);

        Assert.Throws<DomainException>(() => child.Reinstate(parent));
        parent.Reinstate(UnitBuilder.WithId(1, parentId: null));
        child.Reinstate(parent);

        Assert.False(child.IsRetired);
    }

    [Fact]
    public void Retired_unit_takes_no_new_people()
    {
        var unit = UnitBuilder.WithId(3);
        unit.Retire(Day, 0);

        Assert.Equal("该单位已撤销，不能再添加人员", Assert.Throws<DomainException>(() => unit.AddPerson(UnitBuilder.Person())).Message);
    }

    [Fact]
    public void Unit_has_one_main_leader_in_post()
    {
        var unit = UnitBuilder.WithId(2);
        unit.AddPerson(UnitBuilder.Person("王立新", PersonRole.MainLeader));

        Assert.Equal("该单位已有在任主要领导", Assert.Throws<DomainException>(() => unit.AddPerson(UnitBuilder.Person("陈建国", PersonRole.MainLeader))).Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100000")]
    public void Display_order_is_a_small_whole_number(string order) =>
        Assert.Equal("排序必须是0到99999之间的整数", Assert.Throws<DomainException>(() => UnitBuilder.WithId(2).SetDisplayOrder(int.Parse(order, System.Globalization.CultureInfo.InvariantCulture))).Message);

    [Fact]
    public void Unit_name_is_required_and_at_most_a_hundred_characters()
    {
        Assert.Equal("单位名称不能为空", Assert.Throws<DomainException>(() => new Unit(" ", UnitKind.Agency)).Message);
        Assert.Equal("单位名称不能超过100个字符", Assert.Throws<DomainException>(() => new Unit(new string('局', 101), UnitKind.Agency)).Message);
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("025-5210 1234", true)]
    [InlineData("+86 13812345678", true)]
    [InlineData("电话13812345678", false)]
    [InlineData("12", false)]
    public void Phone_is_digits_with_separators(string phone, bool valid)
    {
        if (valid)
        {
            Assert.Equal(phone, PersonDetails.CheckPhone(phone));
        }
        else
        {
            Assert.Throws<DomainException>(() => PersonDetails.CheckPhone(phone));
        }
    }

    [Theory]
    [InlineData("街道/乡镇", UnitKind.StreetOrTownship)]
    [InlineData("社区", UnitKind.VillageOrCommunity)]
    [InlineData("医疗卫生单位", UnitKind.HealthUnit)]
    public void Unit_kind_is_read_from_its_Chinese_name(string text, UnitKind kind) => Assert.Equal(kind, UnitKindNames.FromChinese(text));

    [Fact]
    public void Unknown_unit_kind_name_is_not_guessed() => Assert.Null(UnitKindNames.FromChinese("部门"));
}
