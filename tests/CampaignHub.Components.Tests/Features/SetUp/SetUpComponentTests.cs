using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Features.Accounts.Components;
using CampaignHub.Features.Organisation;
using CampaignHub.Features.Organisation.Components;
using CampaignHub.Features.People;
using CampaignHub.Features.People.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CampaignHub.Components.Tests.Features.SetUp;

public sealed class SetUpComponentTests : ComponentTestContext
{
    private static readonly Actor Admin = new("admin", "马骏", new HashSet<string> { Roles.Admin }, null);
    private static readonly Actor Office = new("office", "高明", new HashSet<string> { Roles.Office }, null);

    private static OrganisationUnitDto UnitRow(string name, bool hasRecords, DateOnly? retiredOn = null) =>
        new(1, name, null, UnitKind.StreetOrTownship, null, null, 0, 10, retiredOn, 3, hasRecords, 1);

    private static PersonRowDto PersonRow(params AccountDto[] accounts) =>
        new(5, 10, "东山街道", "严晓", "联络员", PersonRole.Coordinator, PersonGrade.Other, "138****5678", null, null, accounts);

    private static AccountDto Account(bool disabled = false, bool mustChange = false) =>
        new("u1", "yanxiao", "严晓", Roles.Coordinator, 5, 10, "东山街道", disabled, mustChange, []);

    private IRenderedComponent<UnitTreeTable> RenderUnitTree(Actor viewer, params OrganisationUnitDto[] units) =>
        Render<UnitTreeTable>(p => p.Add(c => c.Units, units).Add(c => c.Viewer, viewer));

    [Fact]
    public void Admin_may_edit_retire_and_delete_a_unit_without_records()
    {
        var table = RenderUnitTree(Admin, UnitRow("新设社区", hasRecords: false));

        Assert.Single(table.FindAll("[data-testid=unit-edit]"));
        Assert.Single(table.FindAll("[data-testid=unit-retire]"));
        Assert.Single(table.FindAll("[data-testid=unit-delete]"));
    }

    [Fact]
    public void Unit_with_records_offers_retire_but_never_delete()
    {
        var table = RenderUnitTree(Admin, UnitRow("东山街道", hasRecords: true));

        Assert.Single(table.FindAll("[data-testid=unit-retire]"));
        Assert.Empty(table.FindAll("[data-testid=unit-delete]"));
    }

    [Fact]
    public void Retired_unit_shows_its_date_and_offers_only_reinstate()
    {
        var table = RenderUnitTree(Admin, UnitRow("竹山社区", hasRecords: true, new DateOnly(2014, 4, 1)));

        Assert.Contains("已撤销（2014-04-01）", table.Markup);
        Assert.Single(table.FindAll("[data-testid=unit-reinstate]"));
        Assert.Empty(table.FindAll("[data-testid=unit-edit]"));
        Assert.Empty(table.FindAll("[data-testid=unit-retire]"));
    }

    [Fact]
    public void Office_reads_the_tree_without_actions()
    {
        var table = RenderUnitTree(Office, UnitRow("新设社区", hasRecords: false));

        Assert.Contains("新设社区", table.Markup);
        Assert.Empty(table.FindAll("button"));
    }

    [Fact]
    public void Admin_opens_an_account_for_a_person_without_one_and_sees_the_masked_phone()
    {
        var table = Render<PersonAccountTable>(p => p.Add(c => c.People, [PersonRow()]).Add(c => c.Viewer, Admin));

        Assert.Single(table.FindAll("[data-testid=person-open-account]"));
        Assert.Contains("138****5678", table.Markup);
        Assert.Contains("联络员", table.Markup);
    }

    [Fact]
    public void Account_shows_its_state_and_never_a_password()
    {
        var table = Render<PersonAccountTable>(p => p.Add(c => c.People, [PersonRow(Account(mustChange: true))]).Add(c => c.Viewer, Admin));

        Assert.Contains("yanxiao · 单位联络员（管辖：东山街道）", table.Markup);
        Assert.Contains("待首次修改密码", table.Markup);
        Assert.Single(table.FindAll("[data-testid=account-reset]"));
        Assert.Single(table.FindAll("[data-testid=account-disable]"));
        Assert.Empty(table.FindAll("[data-testid=person-open-account]"));
        Assert.DoesNotContain("密码：", table.Markup);
    }

    [Fact]
    public void Disabled_account_offers_enable_only()
    {
        var table = Render<PersonAccountTable>(p => p.Add(c => c.People, [PersonRow(Account(disabled: true))]).Add(c => c.Viewer, Admin));

        Assert.Contains("已停用", table.Markup);
        Assert.Single(table.FindAll("[data-testid=account-enable]"));
        Assert.Empty(table.FindAll("[data-testid=account-reset]"));
    }

    [Fact]
    public void Office_sees_people_and_accounts_without_actions()
    {
        var table = Render<PersonAccountTable>(p => p.Add(c => c.People, [PersonRow(Account())]).Add(c => c.Viewer, Office));

        Assert.Empty(table.FindAll("button"));
    }

    [Fact]
    public async Task Unit_form_names_the_missing_name_in_Chinese()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<UnitInput?> result = null!;
        await host.InvokeAsync(() =>
        {
            result = dialogs.ShowFormAsync<UnitFormDialog, UnitInput>("新增单位", new DialogParameters<UnitFormDialog> { { d => d.Input, new UnitInput() }, { d => d.Parents, [] } });
        });

        host.Find("[data-testid=unit-save]").Click();

        host.WaitForAssertion(() => Assert.Contains("请填写单位名称", host.Markup));
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task Account_form_refuses_a_Chinese_login_name_and_needs_a_coordinators_unit()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<AccountInput?> result = null!;
        await host.InvokeAsync(() =>
        {
            result = dialogs.ShowFormAsync<AccountFormDialog, AccountInput>("开设账号", new DialogParameters<AccountFormDialog>
            {
                { d => d.PersonName, "严晓" }, { d => d.PersonId, 5 }, { d => d.Units, [new UnitPickDto(10, "东山街道", "东山街道")] },
            });
        });

        host.Find("[data-testid=account-username]").Change("严晓");
        host.Find("[data-testid=account-save]").Click();

        host.WaitForAssertion(() =>
        {
            Assert.Contains("账号须为3到32位英文字母、数字或“.”“_”“-”，以字母或数字开头", host.Markup);
            Assert.Contains("单位联络员须指定管辖单位", host.Markup);
        });
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task One_time_password_is_shown_once_with_a_warning()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await host.InvokeAsync(() =>
        {
            _ = dialogs.ShowFormAsync<OneTimePasswordDialog, bool>("一次性密码", new DialogParameters<OneTimePasswordDialog> { { d => d.Passwords, [new IssuedPassword("yanxiao", "严晓", "Ab3$kLmNpQrS7t")] } });
        });

        host.WaitForAssertion(() => Assert.Equal("Ab3$kLmNpQrS7t", host.Find("[data-testid=one-time-password]").TextContent));
        Assert.Contains("只显示这一次", host.Markup);
        Assert.Empty(host.FindAll("[data-testid=one-time-password-download]"));
    }

    [Fact]
    public async Task Supervision_group_form_opens_lists_supervisors_and_names_the_chosen_members_and_units()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var input = new SupervisionGroupInput { Name = "区委第一督导组", UnitId = 1, MemberUserIds = ["s1"], UnitIds = [11, 12] };
        Task<SupervisionGroupInput?> result = null!;
        await host.InvokeAsync(() =>
        {
            result = dialogs.ShowFormAsync<GroupFormDialog, SupervisionGroupInput>("新建督导组", new DialogParameters<GroupFormDialog>
            {
                { d => d.Input, input },
                { d => d.Units, [new UnitPickDto(1, "江宁区", "江宁区"), new UnitPickDto(11, "上坊社区", "\u3000上坊社区"), new UnitPickDto(12, "竹山社区", "\u3000竹山社区")] },
                { d => d.Supervisors, [new GroupMemberDto("s1", "李督导", "jn.supervisor")] },
            }, MaxWidth.Medium);
        });

        host.WaitForAssertion(() =>
        {
            Assert.Contains("李督导", host.Markup);
            Assert.Contains("已选2个单位", host.Markup);
        });
        host.Find("[data-testid=group-save]").Click();
        var saved = await result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(new[] { 11, 12 }, saved!.UnitIds);
    }
}
