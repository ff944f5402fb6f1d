using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using MudBlazor;

namespace CampaignHub.Components.Tests.Components.Shared;

public sealed class AppDatePickerTests : ComponentTestContext
{
    [Fact]
    public void Empty_date_picker_opens_on_the_apps_own_month_in_Chinese_with_no_Ok_button()
    {
        var popovers = Render<MudPopoverProvider>();
        var picker = Render<AppDatePicker>(p => p.Add(x => x.Label, "截止日期").Add(x => x.Value, (DateOnly?)null));

        picker.Find(".mud-input-adornment button").Click();

        popovers.WaitForAssertion(() => Assert.Contains("2014年4月", popovers.Markup));
        Assert.DoesNotContain(">Ok<", popovers.Markup);
    }

    [Fact]
    public void Date_is_shown_as_year_month_day()
    {
        var picker = Render<AppDatePicker>(p => p.Add(x => x.Label, "截止日期").Add(x => x.Value, new DateOnly(2014, 4, 15)));

        Assert.Equal("2014-04-15", picker.Find("input").GetAttribute("value"));
    }
}
