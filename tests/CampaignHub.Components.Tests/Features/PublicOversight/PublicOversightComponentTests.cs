using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Features.Public;
using CampaignHub.Features.PublicOversight;
using CampaignHub.Features.PublicOversight.Components;
using CampaignHub.Domain.Rectification;

namespace CampaignHub.Components.Tests.Features.PublicOversight;

/// <summary>群众监督's lists: masked phones, the actions the register allows, a volunteer's items and answers.</summary>
public sealed class PublicOversightComponentTests : ComponentTestContext
{
    private static VolunteerRowDto Volunteer(string name, bool open, bool mayOpenAccount, string? userName) => new(
        1, name, "138****2046", "退休教师", "东山街道、上坊社区", new DateOnly(2014, 3, 20), open ? null : new DateOnly(2014, 4, 8), open ? null : "迁居外地",
        open ? "在聘" : "聘期已结束", userName, 2, 1, open, open, mayOpenAccount, new VolunteerInput(name, "13851712046", null, new DateOnly(2014, 3, 20), [10]));

    [Fact]
    public void Register_shows_masked_phones_and_offers_only_the_allowed_actions()
    {
        var opened = new List<string>();
        var table = Render<VolunteerTable>(p => p
            .Add(c => c.Rows, [Volunteer("刘桂兰", open: true, mayOpenAccount: true, null), Volunteer("马秀珍", open: false, mayOpenAccount: false, "maxiuzhen")])
            .Add(c => c.ShowActions, true)
            .Add(c => c.OnOpenAccount, (VolunteerRowDto v) => opened.Add(v.Name)));

        Assert.DoesNotContain("13851712046", table.Markup, StringComparison.Ordinal);
        Assert.All(table.FindAll("[data-testid=volunteer-phone]"), cell => Assert.Equal("138****2046", cell.TextContent));
        var ended = table.Find("[data-volunteer=马秀珍]");
        Assert.Empty(ended.QuerySelectorAll("button"));
        Assert.Contains("迁居外地", ended.TextContent, StringComparison.Ordinal);
        table.Find("[data-volunteer=刘桂兰] [data-testid=volunteer-open-account]").Click();
        Assert.Equal(["刘桂兰"], opened);
    }

    [Fact]
    public void Printed_register_has_no_actions()
    {
        var table = Render<VolunteerTable>(p => p.Add(c => c.Rows, [Volunteer("刘桂兰", open: true, mayOpenAccount: true, null)]));

        Assert.Empty(table.FindAll("button"));
    }

    [Fact]
    public void Volunteer_sees_the_units_answer_or_that_none_came_yet()
    {
        var table = Render<ObservationTable>(p => p.Add(c => c.Rows,
        [
            new ObservationDto(1, "YJ20140328-0001", new DateOnly(2014, 3, 28), "东山街道", "公示栏更新", "形式主义", "公示栏两周没有更新", "已答复", "已要求每周一更新", new DateOnly(2014, 4, 7)),
            new ObservationDto(2, "YJ20140408-0002", new DateOnly(2014, 4, 8), "上坊社区", null, "住房", "楼道灯坏了", "待受理", null, null),
        ]));

        Assert.Contains("已要求每周一更新", table.Find("[data-observation=YJ20140328-0001]").TextContent, StringComparison.Ordinal);
        Assert.Contains("尚未答复", table.Find("[data-observation=YJ20140408-0002]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Volunteer_files_on_a_watched_item_from_its_row()
    {
        var observed = new List<WatchedItemDto>();
        var item = new WatchedItemDto(10, new PublicItemDto(RatedItemKind.RectificationItem, 31, "东山街道", "便民服务中心延时服务", "中午不断档", new DateOnly(2014, 5, 31), "整改中", 40, false, false, default, 0));
        var table = Render<WatchedItemsTable>(p => p.Add(c => c.Items, [item]).Add(c => c.CanObserve, true).Add(c => c.OnObserve, (WatchedItemDto w) => observed.Add(w)));

        table.Find("[data-testid=observe-item]").Click();

        Assert.Equal(31, Assert.Single(observed).Item.Id);
        Assert.Contains("公开整改", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_schedule_shows_the_next_session_and_withdrawn_ones_as_such()
    {
        var details = new ChannelScheduleInput(null, null, null, null, null, null, null, null, null, null, null, null);
        var table = Render<ChannelScheduleTable>(p => p.Add(c => c.Rows,
        [
            new ChannelScheduleDto(1, Domain.Opinions.OpinionSource.ChairReceptionDay, "主席接待日", "区妇联主席 孙美华", "每月15日", "09:00—11:30", "区妇联202室", null, new DateOnly(2014, 3, 1), null, new DateOnly(2014, 4, 15), false, details),
            new ChannelScheduleDto(2, Domain.Opinions.OpinionSource.Hotline12345, "12345热线", "12345政务服务热线", "每周一、周二", "24小时", null, "12345", new DateOnly(2014, 1, 1), null, null, true, details),
        ]));

        Assert.Contains("2014年4月15日", table.Find("[data-channel='1']").TextContent, StringComparison.Ordinal);
        Assert.Contains("已撤下", table.Find("[data-channel='2']").TextContent, StringComparison.Ordinal);
    }
}
