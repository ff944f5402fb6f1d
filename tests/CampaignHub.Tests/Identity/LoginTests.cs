using System.Net;
using CampaignHub.Tests.Infrastructure;

namespace CampaignHub.Tests.Identity;

public sealed class LoginTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_login_page_is_in_Chinese()
    {
        var html = await factory.CreateClient().GetStringAsync("/Account/Login");

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("账号", html);
        Assert.Contains("密码", html);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("office")]
    [InlineData("unit")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public async Task Every_demo_account_signs_in_with_the_demo_password(string userName)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await Accounts.LoginAsync(client, userName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_Chinese_message_and_no_cookie()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await Accounts.LoginAsync(client, "leader", "wrong-password-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号或密码不正确", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_out()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await Accounts.LoginAsync(client, "supervisor", "wrong-password-123");
        }

        var response = await Accounts.LoginAsync(client, "supervisor");

        Assert.Contains("账号已暂时锁定", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await client.GetStringAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/Account/Login?returnUrl=https%3A%2F%2Fevil.example", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "office",
            ["Input.Password"] = Accounts.Password,
        }));

        Assert.Equal("http://localhost/", response.Headers.Location?.ToString());
    }
}
