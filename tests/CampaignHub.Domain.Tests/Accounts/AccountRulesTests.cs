using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Accounts;

public class AccountRulesTests
{
    [Theory]
    [InlineData(Roles.Coordinator, AccountScope.OwnUnitTree)]
    [InlineData(Roles.Supervisor, AccountScope.SupervisionGroups)]
    [InlineData(Roles.Leader, AccountScope.None)]
    [InlineData(Roles.Office, AccountScope.None)]
    [InlineData(Roles.Admin, AccountScope.None)]
    [InlineData(Roles.Volunteer, AccountScope.VolunteerRegister)]
    public void An_accounts_units_come_from_its_role(string role, AccountScope scope) =>
        Assert.Equal(scope, AccountRules.ScopeOf(role));

    [Fact]
    public void A_persons_account_may_hold_every_role_but_the_display_screens_and_the_volunteer_supervisors() =>
        Assert.Equal(Roles.All.Where(r => r is not (Roles.Display or Roles.Volunteer)), AccountRules.PersonRoles);

    private static readonly DateOnly Day = new(2014, 4, 10);

    [Fact]
    public void Volunteer_supervisor_account_stands_for_no_staff_member()
    {
        var person = UnitBuilder.WithId(2).AddPerson(UnitBuilder.Person("严晓", PersonRole.Coordinator));

        Assert.Null(AccountRules.CheckScope(Roles.Volunteer, null, null, null));
        Assert.Equal(AccountRules.VolunteerAccountsComeFromTheRegister, Assert.Throws<DomainException>(() => AccountRules.CheckScope(Roles.Volunteer, null, null, person)).Message);
    }

    [Fact]
    public void Coordinator_account_needs_the_unit_whose_subtree_it_keeps()
    {
        var unit = UnitBuilder.WithId(2);
        var person = unit.AddPerson(UnitBuilder.Person("严晓", PersonRole.Coordinator));

        Assert.Equal("单位联络员须指定管辖单位", Assert.Throws<DomainException>(() => AccountRules.CheckScope(Roles.Coordinator, null, null, person)).Message);
        Assert.Equal(2, AccountRules.CheckScope(Roles.Coordinator, 2, unit, person));
    }

    [Fact]
    public void Account_belongs_to_a_person_in_post_except_the_display_screen()
    {
        var unit = UnitBuilder.WithId(2);
        var person = unit.AddPerson(UnitBuilder.Person("严晓"));
        unit.PersonLeaves(person.Id, Day);

        Assert.Equal("请选择账号所属人员", Assert.Throws<DomainException>(() => AccountRules.CheckScope(Roles.Office, null, null, null)).Message);
        Assert.Equal("严晓已离任，不能为其开设账号", Assert.Throws<DomainException>(() => AccountRules.CheckScope(Roles.Office, null, null, person)).Message);
        Assert.Null(AccountRules.CheckScope(Roles.Display, null, null, null));
    }

    [Fact]
    public void Retired_unit_cannot_be_a_coordinators_scope()
    {
        var unit = UnitBuilder.WithId(3, "竹山社区");
        var person = unit.AddPerson(UnitBuilder.Person("戚颖"));
        unit.Retire(Day, 0);

        Assert.Equal("“竹山社区”已撤销，不能作为管辖单位", Assert.Throws<DomainException>(() => AccountRules.CheckScope(Roles.Coordinator, 3, unit, person)).Message);
    }

    [Fact]
    public void Last_active_admin_cannot_be_disabled()
    {
        Assert.Equal("不能停用最后一个管理员账号", Assert.Throws<DomainException>(() => AccountRules.EnsureNotLastActiveAdmin(true, 1)).Message);
        AccountRules.EnsureNotLastActiveAdmin(true, 2);
        AccountRules.EnsureNotLastActiveAdmin(false, 1);
    }

    [Theory]
    [InlineData("yanxiao")]
    [InlineData("ds.coordinator_1")]
    public void Login_names_are_plain_latin(string name) => Assert.Equal(name, AccountRules.CheckUserName(name));

    [Theory]
    [InlineData("严晓")]
    [InlineData("ab")]
    [InlineData("_admin")]
    [InlineData("a b c")]
    public void Login_names_refuse_other_characters(string name) => Assert.Throws<DomainException>(() => AccountRules.CheckUserName(name));

    [Fact]
    public void Only_administrators_set_up_accounts()
    {
        Assert.Throws<AccessDeniedException>(() => AccountRules.EnsureCanAdminister(ActorBuilder.Office()));
        AccountRules.EnsureCanRead(ActorBuilder.Office());
        Assert.Throws<AccessDeniedException>(() => AccountRules.EnsureCanRead(ActorBuilder.Leader()));
    }
}
