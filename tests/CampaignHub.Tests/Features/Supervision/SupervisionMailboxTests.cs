using System.Net;
using System.Text.RegularExpressions;
using CampaignHub.Domain.Opinions;
using CampaignHub.Features.Opinions;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Supervision;

/// <summary>Letters to the public 监督信箱, posted through the real form.</summary>
public static partial class MailboxForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string content, string? website = null)
    {
        var page = await client.GetStringAsync("/supervision-mailbox");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "supervision-mailbox",
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["Input.Category"] = "Bureaucratism",
            ["Input.Content"] = content,
            ["Input.Name"] = string.Empty,
            ["Input.Phone"] = string.Empty,
            ["Input.Website"] = website ?? string.Empty,
        };
        return await client.PostAsync("/supervision-mailbox", new FormUrlEncodedContent(fields));
    }

    public static string? ReceiptIn(string html) => Receipt().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"receipt-number\">(YJ[0-9]{8}-[A-Z0-9]{8})<")]
    private static partial Regex Receipt();
}

public sealed class SupervisionMailboxTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_letter_enters_the_opinions_with_its_source_and_the_office_hands_it_to_a_unit()
    {
        var response = await MailboxForm.PostAsync(factory.CreateBrowserLikeClient(), "区政务服务中心个别窗口工作人员上班时间玩手机，群众排队无人理会。");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = MailboxForm.ReceiptIn(await response.Content.ReadAsStringAsync());
        Assert.NotNull(receipt);
        var office = await Accounts.ActorAsync(factory, "office");
        var campaign = await DemoLookup.CampaignAsync(factory);
        var opinions = Service<OpinionService>(factory);
        var letter = Assert.Single(await opinions.ListAsync(office, campaign.Id, new OpinionFilter(Source: OpinionSource.SupervisionMailbox)), o => o.ReceiptNumber == receipt);
        Assert.True(letter.CanHandOver);

        var zhengwu = await DemoLookup.UnitIdAsync(factory, "区政务服务中心");
        var handed = await opinions.HandToAsync(office, letter.Id, letter.Version, zhengwu, new DateOnly(2014, 4, 20));

        Assert.Equal(OpinionStatus.Claimed, handed.Status);
        Assert.Equal(OpinionSource.SupervisionMailbox, handed.Source);
        Assert.Contains("办理中", await factory.CreateBrowserLikeClient().GetStringAsync($"/opinions/receipt?number={receipt}"));
    }

    [Fact]
    public async Task An_empty_letter_is_refused_in_Chinese_and_the_public_nav_offers_the_mailbox()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await MailboxForm.PostAsync(client, "   ");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("意见内容不能为空", html);
        Assert.Null(MailboxForm.ReceiptIn(html));
        Assert.Contains("href=\"supervision-mailbox\"", await client.GetStringAsync("/public"));
    }
}

/// <summary>Its own app instance: the rate limit's window would otherwise be shared with other tests.</summary>
public sealed class SupervisionMailboxRateLimitTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_mailbox_is_rate_limited_like_the_public_opinion_form()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await MailboxForm.PostAsync(client, $"第{i}封来信：反映某单位办事拖拉。")).StatusCode);
        }

        var refused = await MailboxForm.PostAsync(client, "第6封来信");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("提交过于频繁", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/supervision-mailbox")).StatusCode);
    }
}
