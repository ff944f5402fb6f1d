using System.Net;
using CampaignHub.Domain.Common;
using CampaignHub.Tests.Identity;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Campaigns;

/// <summary>The real app on an empty database, not in demo mode: only the initial admin account exists.</summary>
public sealed class EmptyDatabaseFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Jiangning#Office2026";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "campaignhub-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.UseDataFolder(builder, _dataFolder);
        builder.UseSetting("CampaignHub:DemoMode", "false");
        builder.UseSetting("CampaignHub:AdminPassword", AdminPassword);
        builder.UseSetting("CampaignHub:Login:PermitLimit", "100000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(new FixedClock(CampaignHubFactory.DemoNow));
        });
    }

    public async Task<HttpClient> AdminAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await Accounts.LoginAsync(client, "admin", AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestDatabase.Delete(_dataFolder);
    }
}

public sealed class FirstRunTests(EmptyDatabaseFactory factory) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task On_an_empty_database_the_home_page_guides_the_admin_through_organisation_people_and_campaigns()
    {
        var client = await factory.AdminAsync();

        var home = await client.GetStringAsync("/");

        Assert.Contains("开始使用：完成以下设置", home);
        var checklist = home.IndexOf("开始使用：完成以下设置", StringComparison.Ordinal);
        var organisation = home.IndexOf("href=\"admin/organisation\"", checklist, StringComparison.Ordinal);
        var accounts = home.IndexOf("href=\"admin/people\"", checklist, StringComparison.Ordinal);
        var campaigns = home.IndexOf("href=\"campaigns/setup\"", checklist, StringComparison.Ordinal);
        Assert.True(organisation > 0 && organisation < accounts && accounts < campaigns, "组织机构 → 人员与账号 → 活动");
        Assert.Contains("还没有活动", home);
    }

    public static TheoryData<string> AdminPages()
    {
        var data = new TheoryData<string>();
        foreach (var (key, rule) in AuthorizationMatrixTests.Rules)
        {
            if (key.StartsWith("GET,POST /", StringComparison.Ordinal) && rule.Allowed?.Contains(Roles.Admin) == true)
            {
                data.Add(rule.Url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Every_page_renders_on_an_empty_database_instead_of_failing(string url)
    {
        var client = await factory.AdminAsync();

        var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/opinions")]
    [InlineData("/rectification")]
    [InlineData("/commitments")]
    [InlineData("/commitments/three-checks")]
    [InlineData("/plans")]
    [InlineData("/supervision")]
    [InlineData("/wall")]
    public async Task Campaign_pages_say_what_to_do_next_until_a_campaign_exists(string url)
    {
        var client = await factory.AdminAsync();

        var html = await client.GetStringAsync(url);

        Assert.Contains("还没有活动", html);
    }

    [Fact]
    public async Task The_unit_list_says_where_to_build_the_tree_until_units_exist()
    {
        var client = await factory.AdminAsync();

        var html = await client.GetStringAsync("/units");

        Assert.Contains("还没有单位。请管理员在『<a href=\"admin/organisation\">组织机构</a>』中建立单位树", html);
    }
}
