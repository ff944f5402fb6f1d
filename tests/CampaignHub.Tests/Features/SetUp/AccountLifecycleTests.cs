using System.Net;
using System.Text.RegularExpressions;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Features.People;
using CampaignHub.Identity;
using CampaignHub.Infrastructure;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignHub.Tests.Features.SetUp;

/// <summary>Accounts through the real app: create, first sign-in with the one-time password, forced change, reset, disable.</summary>
public sealed partial class AccountLifecycleTests : IClassFixture<CampaignHubFactory>
{
    private readonly CampaignHubFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public AccountLifecycleTests(CampaignHubFactory factory)
    {
        _factory = factory;
        // Sessions are re-checked on every request, so a disable or reset shows at once.
        _app = factory.WithWebHostBuilder(b => b.UseSetting("CampaignHub:SessionValidationInterval", "00:00:00"));
    }

    private HttpClient Browser() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private T Service<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<int> NewPersonAsync(string name, string unit = "东山街道")
    {
        var admin = await Accounts.ActorAsync(_factory, "admin");
        return await Service<PeopleService>().AddAsync(admin, new PersonInput { UnitId = await DemoLookup.UnitIdAsync(_factory, unit), Name = name, Title = "联络员", Role = PersonRole.Staff, Phone = "13812345678" });
    }

    private static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetStringAsync("/Account/ChangePassword");
        var token = Token().Match(page).Groups[1].Value;
        return await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = token,
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Confirm"] = next,
        }));
    }

    [Fact]
    public async Task New_coordinator_signs_in_with_the_one_time_password_and_must_change_it_first()
    {
        var admin = await Accounts.ActorAsync(_factory, "admin");
        var person = await NewPersonAsync("周新");
        var dongshan = await DemoLookup.UnitIdAsync(_factory, "东山街道");

        var issued = await Service<AccountService>().CreateAsync(admin, new AccountInput("zhouxin", Roles.Coordinator, person, dongshan));

        Assert.Equal("周新", issued.DisplayName);
        Assert.True(issued.OneTimePassword.Length >= 12);
        var client = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.LoginAsync(client, "zhouxin", issued.OneTimePassword)).StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/ChangePassword", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/wall")).StatusCode);

        var wrong = await ChangePasswordAsync(client, "不是原密码", "Zhouxin!Pass2014");
        Assert.Contains("原密码不正确", await wrong.Content.ReadAsStringAsync());
        var changed = await ChangePasswordAsync(client, issued.OneTimePassword, "Zhouxin!Pass2014");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var actor = await Accounts.ActorAsync(_factory, "zhouxin");
        Assert.Equal(dongshan, actor.UnitId);
        Assert.Equal("周新", actor.DisplayName);
    }

    [Fact]
    public async Task Reset_gives_a_new_one_time_password_and_ends_the_old_sessions()
    {
        var admin = await Accounts.ActorAsync(_factory, "admin");
        var person = await NewPersonAsync("吴重置");
        var accounts = Service<AccountService>();
        var first = await accounts.CreateAsync(admin, new AccountInput("wuchongzhi", Roles.Office, person));
        var client = Browser();
        await Accounts.LoginAsync(client, "wuchongzhi", first.OneTimePassword);
        await ChangePasswordAsync(client, first.OneTimePassword, "Wuchongzhi!2014a");
        var userId = (await DemoUserAsync("wuchongzhi")).Id;

        var second = await accounts.ResetPasswordAsync(admin, userId);

        Assert.NotEqual(first.OneTimePassword, second.OneTimePassword);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode); // old cookie ended
        var fresh = Browser();
        Assert.Contains(LoginService.WrongCredentials, await (await Accounts.LoginAsync(fresh, "wuchongzhi", "Wuchongzhi!2014a")).Content.ReadAsStringAsync());
        await Accounts.LoginAsync(fresh, "wuchongzhi", second.OneTimePassword);
        Assert.Equal("/Account/ChangePassword", (await fresh.GetAsync("/plans")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Disabled_account_cookie_stops_working_and_it_cannot_sign_in()
    {
        var admin = await Accounts.ActorAsync(_factory, "admin");
        var person = await NewPersonAsync("郑停用");
        var accounts = Service<AccountService>();
        var issued = await accounts.CreateAsync(admin, new AccountInput("zhengtingyong", Roles.Leader, person));
        var client = Browser();
        await Accounts.LoginAsync(client, "zhengtingyong", issued.OneTimePassword);
        await ChangePasswordAsync(client, issued.OneTimePassword, "Zhengtingyong!2014");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await accounts.DisableAsync(admin, (await DemoUserAsync("zhengtingyong")).Id);

        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString);
        Assert.True((await accounts.ListAsync(admin)).Single(a => a.UserName == "zhengtingyong").Disabled);
    }

    [Fact]
    public async Task Last_active_administrator_cannot_be_disabled()
    {
        var admin = await Accounts.ActorAsync(_factory, "admin");

        var error = await Assert.ThrowsAsync<DomainException>(() => Service<AccountService>().DisableAsync(admin, DemoUserAsync("admin").Result.Id));

        Assert.Equal("不能停用最后一个管理员账号", error.Message);
    }

    [Fact]
    public async Task Demo_accounts_keep_the_published_password_and_are_not_forced_to_change_it()
    {
        var client = Browser();
        await Accounts.LoginAsync(client, "unit");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.False((await DemoUserAsync("unit")).MustChangePassword);
        Assert.Equal("严晓", (await Accounts.ActorAsync(_factory, "unit")).DisplayName);
    }

    [Fact]
    public async Task Demo_account_with_a_published_password_is_refused_outside_demo_mode()
    {
        var production = new AccountService(_app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new CampaignHubOptions { DemoMode = false }));

        var error = await Assert.ThrowsAsync<DomainException>(() => production.CreateDemoAccountAsync(new AccountInput("sneaky", Roles.Admin, null), "CampaignHub!2014"));

        Assert.Equal("只有演示模式可以创建使用公开密码的演示账号", error.Message);
        Assert.Null(await _app.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("sneaky"));
    }

    [Fact]
    public async Task Demo_supervisor_carries_the_units_of_their_group_and_flags_only_there()
    {
        var supervisor = await Accounts.ActorAsync(_factory, "supervisor");
        var district = await DemoLookup.UnitIdAsync(_factory, "中共南京市江宁区委");
        var dongshan = await DemoLookup.UnitIdAsync(_factory, "东山街道");

        Assert.Contains(dongshan, supervisor.SupervisedUnitIds!);
        Assert.DoesNotContain(district, supervisor.SupervisedUnitIds!);
        var campaign = await DemoLookup.CampaignAsync(_factory);
        var flags = Service<CampaignHub.Features.Supervision.SupervisionService>();
        await Assert.ThrowsAsync<AccessDeniedException>(() => flags.FlagAsync(supervisor, campaign.Id, new CampaignHub.Features.Supervision.FlagInput { UnitId = district, Reason = "越权标记" }));
    }

    [Fact]
    public async Task Imported_people_get_accounts_with_one_time_passwords_all_or_nothing()
    {
        var admin = await Accounts.ActorAsync(_factory, "admin");
        var people = Service<PeopleService>();
        var bad = SetUpFiles.People(
            ["钱导入", "秣陵街道", "联络员", "联络员", "其他", "13900000000", "qiandaoru", "单位联络员", "秣陵街道"],
            ["孙导入", "不存在的街道", "科员", null, "处级", "电话", "unit", "管理者", null],
            ["李导入", "秣陵街道", null, null, null, null, "lidaoru", "单位联络员", null]);

        var preview = await people.PreviewImportAsync(admin, bad);
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == "单位" && e.Message.StartsWith("找不到单位“不存在的街道”", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == "职级" && e.Message.StartsWith("未知的职级“处级”", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == "联系电话");
        Assert.Contains(preview.Errors, e => e is { Row: 3, Column: "账号", Message: "账号“unit”已存在" });
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == "角色" && e.Message.StartsWith("未知的角色“管理者”", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e is { Row: 4, Column: "管辖单位", Message: "单位联络员须填写管辖单位" });
        await Assert.ThrowsAsync<DomainException>(() => people.ImportAsync(admin, bad));
        Assert.Null(await UserOrNullAsync("qiandaoru"));
        Assert.DoesNotContain(await people.ListAsync(admin), p => p.Name == "钱导入");

        var result = await people.ImportAsync(admin, SetUpFiles.People(
            ["钱导入", "秣陵街道", "联络员", "联络员", "其他", "13900000000", "qiandaoru", "单位联络员", "秣陵街道"],
            ["孙导入", "秣陵街道", "副主任", "其他领导", "乡科级", null, null, null, null]));

        Assert.Equal(2, result.People);
        var issued = Assert.Single(result.Passwords);
        Assert.Equal("qiandaoru", issued.UserName);
        var user = (await UserOrNullAsync("qiandaoru"))!;
        Assert.True(user.MustChangePassword);
        Assert.Equal(await DemoLookup.UnitIdAsync(_factory, "秣陵街道"), user.UnitId);
        var handover = _app.Services.GetRequiredService<PasswordHandover>();
        var token = handover.Keep("admin", result.Passwords);
        Assert.Null(handover.TakeWorkbook("office", token));
        Assert.NotNull(handover.TakeWorkbook("admin", token));
        Assert.Null(handover.TakeWorkbook("admin", token)); // once only
    }

    [Fact]
    public async Task Office_reads_people_with_masked_phones_and_cannot_change_them()
    {
        await NewPersonAsync("冯电话");
        var office = await Accounts.ActorAsync(_factory, "office");
        var people = Service<PeopleService>();

        var row = (await people.ListAsync(office)).First(p => p.Name == "冯电话");

        Assert.Equal("138****5678", row.Phone);
        await Assert.ThrowsAsync<AccessDeniedException>(() => people.AddAsync(office, new PersonInput { UnitId = row.UnitId, Name = "越权" }));
    }

    private async Task<AppUser> DemoUserAsync(string userName) => (await UserOrNullAsync(userName))!;

    private async Task<AppUser?> UserOrNullAsync(string userName)
    {
        await using var db = await DemoLookup.DbAsync(_factory);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
