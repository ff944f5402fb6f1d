using System.Net;
using CampaignHub.Domain.Opinions;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Features.Rectification;

public sealed class PublicOpinionFormTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Anyone_can_submit_an_opinion_and_follow_it_up_with_the_receipt_number_without_seeing_personal_data()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await PublicForms.PostOpinionAsync(client, "小区门口公交站没有遮雨棚，雨天候车不便。", "张小明", "13800001111");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = PublicForms.ReceiptIn(await response.Content.ReadAsStringAsync());
        Assert.NotNull(receipt);
        await using var db = await DemoLookup.DbAsync(factory);
        var stored = await db.Set<Opinion>().SingleAsync(o => o.ReceiptNumber == receipt);
        Assert.True(stored.SubmittedByPublic);
        Assert.Equal("张小明", stored.RaisedByName);

        var lookup = await client.GetStringAsync($"/opinions/receipt?number={receipt}");
        Assert.Contains("已收到，待受理", lookup);
        Assert.DoesNotContain("张小明", lookup);
        Assert.DoesNotContain("13800001111", lookup);
    }

    [Fact]
    public async Task Oversize_content_is_refused_in_Chinese_and_nothing_is_stored()
    {
        var client = factory.CreateBrowserLikeClient();
        await using var before = await DemoLookup.DbAsync(factory);
        var count = await before.Set<Opinion>().CountAsync();

        var response = await PublicForms.PostOpinionAsync(client, new string('长', Opinion.MaxContentLength + 1));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"意见内容不能超过{Opinion.MaxContentLength}个字符", html);
        Assert.Null(PublicForms.ReceiptIn(html));
        await using var after = await DemoLookup.DbAsync(factory);
        Assert.Equal(count, await after.Set<Opinion>().CountAsync());
    }

    [Fact]
    public async Task A_submission_with_the_hidden_trap_field_filled_is_silently_dropped()
    {
        var client = factory.CreateBrowserLikeClient();
        await using var before = await DemoLookup.DbAsync(factory);
        var count = await before.Set<Opinion>().CountAsync();

        var response = await PublicForms.PostOpinionAsync(client, "Buy cheap watches 机器人广告", website: "http://spam.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = PublicForms.ReceiptIn(await response.Content.ReadAsStringAsync());
        Assert.NotNull(receipt); // the bot is told nothing
        await using var after = await DemoLookup.DbAsync(factory);
        Assert.Equal(count, await after.Set<Opinion>().CountAsync());
        Assert.False(await after.Set<Opinion>().AnyAsync(o => o.ReceiptNumber == receipt));
        Assert.Contains("未找到该回执编号", await client.GetStringAsync($"/opinions/receipt?number={receipt}"));
    }
}

/// <summary>Its own app instance: the rate limit's window would otherwise be shared with other tests.</summary>
public sealed class PublicFormRateLimitTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_client_posting_more_than_the_limit_gets_429_with_a_Chinese_message()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 1; i <= 5; i++)
        {
            var ok = await PublicForms.PostOpinionAsync(client, $"第{i}条意见：建议增加社区健身器材。");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var refused = await PublicForms.PostOpinionAsync(client, "第6条意见");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("提交过于频繁", await refused.Content.ReadAsStringAsync());
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/opinions/new")).StatusCode);
    }
}
