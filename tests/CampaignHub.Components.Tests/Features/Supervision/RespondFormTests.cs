using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision;
using CampaignHub.Features.Supervision.Components;
using static CampaignHub.Components.Tests.Features.Supervision.SupervisionTestData;

namespace CampaignHub.Components.Tests.Features.Supervision;

/// <summary>The coordinator's response to an order: checked in Chinese, then handed to the page.</summary>
public sealed class RespondFormTests : ComponentTestContext
{
    private readonly List<RespondInput> submitted = [];

    private IRenderedComponent<RespondForm> RenderForm(OrderDto order) =>
        Render<RespondForm>(p => p.Add(c => c.Order, order).Add(c => c.OnSubmit, (RespondInput i) => submitted.Add(i)));

    [Fact]
    public void An_empty_response_is_refused_beside_the_field()
    {
        var form = RenderForm(Order(RectificationOrderStatus.Issued));

        form.Find("[data-testid=respond-save]").Click();

        Assert.Contains("请填写整改情况", form.Markup);
        Assert.Empty(submitted);
    }

    [Fact]
    public void Item_numbers_must_be_numbers()
    {
        var form = RenderForm(Order(RectificationOrderStatus.Issued));
        form.Find("textarea[data-testid=respond-text]").Input("已建立午间轮岗制度");
        form.Find("input[data-testid=respond-items]").Input("12, 第三项");

        form.Find("[data-testid=respond-save]").Click();

        Assert.Contains("整改事项编号“第三项”无效", form.Markup);
        Assert.Empty(submitted);
    }

    [Fact]
    public void A_response_with_item_numbers_is_handed_to_the_page_trimmed()
    {
        var form = RenderForm(Order(RectificationOrderStatus.Issued));
        form.Find("textarea[data-testid=respond-text]").Input("  已建立午间轮岗制度并公示值班表 ");
        form.Find("input[data-testid=respond-items]").Input("12，15");

        form.Find("[data-testid=respond-save]").Click();

        var input = Assert.Single(submitted);
        Assert.Equal("已建立午间轮岗制度并公示值班表", input.Text);
        Assert.Equal("12，15", input.ItemIds);
    }

    [Fact]
    public void An_answered_order_opens_with_its_response_to_amend()
    {
        var form = RenderForm(Order(RectificationOrderStatus.Responded, "已逐项整改"));

        Assert.Equal("已逐项整改", form.Find("textarea[data-testid=respond-text]").GetAttribute("value"));
        Assert.Equal("12,15", form.Find("input[data-testid=respond-items]").GetAttribute("value"));
    }
}
