using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using MudBlazor;

namespace CampaignHub.Components.Tests.Components.Shared;

public sealed class AppDatePickerTypingTests : ComponentTestContext
{
    [Fact]
    public void A_typed_date_is_reported_once_and_not_replaced_by_the_old_date_when_the_picker_re_renders_first()
    {
        Render<MudPopoverProvider>();
        var reported = new List<DateOnly?>();
        var picker = Render<AppDatePicker>(p => p
            .Add(x => x.Label, "完成时限")
            .Add(x => x.Value, new DateOnly(2014, 4, 5))
            .Add(x => x.ValueChanged, (DateOnly? v) => reported.Add(v)));

        picker.Find("input").Change("2014-04-30");

        // MudDatePicker parses typed text on its own async path: the value can come back after Change returns.
        picker.WaitForAssertion(() => Assert.Equal([new DateOnly(2014, 4, 30)], reported));
        picker.WaitForAssertion(() => Assert.Equal("2014-04-30", picker.Find("input").GetAttribute("value")));
        Assert.Equal([new DateOnly(2014, 4, 30)], reported); // still once, and the old date never came back
    }
}
