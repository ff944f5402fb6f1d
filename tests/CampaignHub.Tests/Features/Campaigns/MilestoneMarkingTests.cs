using System.Net;
using System.Net.Http.Json;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Campaigns;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Campaigns;

public sealed class MilestoneMarkingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_coordinator_marking_a_milestone_for_another_unit_is_refused_even_by_a_crafted_call()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit"); // coordinator of 东山街道
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones[2];

        var response = await client.PostAsJsonAsync($"/api/milestones/{milestone.Id}/units/{moling}/met", new MarkMilestoneRequest(new DateOnly(2014, 4, 9), "伪造的请求", null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("您无权修改该单位的数据", await response.Content.ReadAsStringAsync());
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.False(await db.Set<MilestoneCompletion>().AnyAsync(c => c.UnitId == moling && c.MilestoneId == milestone.Id && c.Note == "伪造的请求"));
    }

    [Fact]
    public async Task A_coordinator_may_mark_a_milestone_for_a_sub_unit()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones[2];
        await using var db = await DemoLookup.DbAsync(factory);
        var existing = await db.Set<MilestoneCompletion>().AsNoTracking().FirstOrDefaultAsync(c => c.UnitId == shangfang && c.MilestoneId == milestone.Id);

        var response = await client.PostAsJsonAsync($"/api/milestones/{milestone.Id}/units/{shangfang}/met", new MarkMilestoneRequest(new DateOnly(2014, 4, 9), "社区体验活动已完成", existing?.Version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cell = await response.Content.ReadFromJsonAsync<MilestoneCellDto>(ApiJson.Options);
        Assert.Equal(MilestoneState.MetOnTime, cell!.State);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_a_Chinese_message_and_the_fresh_data()
    {
        var service = factory.Services.CreateScope().ServiceProvider.GetRequiredService<MilestoneService>();
        var office = await Accounts.ActorAsync(factory, "office");
        var chunhua = await DemoLookup.UnitIdAsync(factory, "淳化街道");
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones[2];
        var first = await service.MarkMetAsync(office, milestone.Id, chunhua, new DateOnly(2014, 4, 8), "第一次保存", null);

        // Someone else saves a correction based on the version they loaded.
        await service.MarkMetAsync(office, milestone.Id, chunhua, new DateOnly(2014, 4, 9), "他人的修改", first.CompletionVersion);

        // The first editor, still holding the old version, saves: refused, and shown the other's data.
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            service.MarkMetAsync(office, milestone.Id, chunhua, new DateOnly(2014, 4, 7), "过期的修改", first.CompletionVersion));
        Assert.Contains("已被他人修改", conflict.Message);
        var current = Assert.IsType<MilestoneCellDto>(conflict.Current);
        Assert.Equal("他人的修改", current.Note);
        Assert.Equal(new DateOnly(2014, 4, 9), current.MetOn);
    }

    [Fact]
    public async Task A_save_writes_who_when_field_and_old_and_new_values_to_the_audit_trail()
    {
        var service = factory.Services.CreateScope().ServiceProvider.GetRequiredService<MilestoneService>();
        var office = await Accounts.ActorAsync(factory, "office");
        var feigong = await DemoLookup.UnitIdAsync(factory, "区个体私营经济协会");
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones[2];

        var created = await service.MarkMetAsync(office, milestone.Id, feigong, new DateOnly(2014, 4, 8), "初次记录", null);
        await service.MarkMetAsync(office, milestone.Id, feigong, new DateOnly(2014, 4, 9), "更正日期", created.CompletionVersion);

        await using var db = await DemoLookup.DbAsync(factory);
        var completionId = await db.Set<MilestoneCompletion>().Where(c => c.UnitId == feigong && c.MilestoneId == milestone.Id).Select(c => c.Id).SingleAsync();
        var rows = await db.Set<AuditEntry>().Where(a => a.EntityType == nameof(MilestoneCompletion) && a.EntityId == completionId.ToString()).ToListAsync();
        Assert.Contains(rows, r => r.Field == "*" && r.NewValue == "创建" && r.UserName == "office");
        var metOn = Assert.Single(rows, r => r.Field == nameof(MilestoneCompletion.MetOn));
        Assert.Equal(("2014-04-08", "2014-04-09"), (metOn.OldValue, metOn.NewValue));
        Assert.Equal("office", metOn.UserName);
        Assert.Equal(factory.Clock.UtcNow, metOn.At);
    }

    [Fact]
    public async Task Marking_a_date_in_the_future_is_refused_in_Chinese_and_nothing_changes()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones[2];
        await using var before = await DemoLookup.DbAsync(factory);
        var previous = await before.Set<MilestoneCompletion>().AsNoTracking().FirstOrDefaultAsync(c => c.UnitId == zhushan && c.MilestoneId == milestone.Id);

        var response = await client.PostAsJsonAsync($"/api/milestones/{milestone.Id}/units/{zhushan}/met", new MarkMilestoneRequest(new DateOnly(2014, 4, 20), null, previous?.Version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("完成日期不能晚于今天", await response.Content.ReadAsStringAsync());
        await using var after = await DemoLookup.DbAsync(factory);
        var now = await after.Set<MilestoneCompletion>().AsNoTracking().FirstOrDefaultAsync(c => c.UnitId == zhushan && c.MilestoneId == milestone.Id);
        Assert.Equal(previous?.MetOn, now?.MetOn);
    }

    [Fact]
    public async Task The_overview_shows_every_enrolled_unit_against_every_milestone()
    {
        var client = await Accounts.SignedInClientAsync(factory, "leader");

        var overview = await client.GetFromJsonAsync<CampaignOverviewDto>("/api/campaigns/1/overview", ApiJson.Options);

        Assert.Equal("江宁群办发〔2014〕8号", overview!.Campaign.DocumentNumber);
        Assert.Equal(3, overview.Phases.Count);
        Assert.Equal([new DateOnly(2014, 3, 31), new DateOnly(2014, 4, 5), new DateOnly(2014, 4, 15)], overview.Milestones.Select(m => m.DueDate));
        Assert.True(overview.Units.Count >= 15);
        Assert.All(overview.Units, u => Assert.Equal(3, u.Cells.Count));
        Assert.Contains(overview.Units, u => u.Cells.Any(c => c.State == MilestoneState.Overdue));
    }
}
