using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Plans;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Plans;

public sealed class WorkItemTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private WorkItemService Items => factory.Services.CreateScope().ServiceProvider.GetRequiredService<WorkItemService>();

    private async Task<int> CampaignAsync() => (await DemoLookup.CampaignAsync(factory)).Id;

    private async Task<WorkItemDto> FirstItemAsync(string unitName, Func<WorkItemDto, bool> where)
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var unit = await Items.GetUnitAsync(office, await CampaignAsync(), await DemoLookup.UnitIdAsync(factory, unitName));
        return unit.Items.First(where);
    }

    [Fact]
    public async Task A_coordinator_cannot_edit_another_units_items_not_even_by_a_crafted_call()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit"); // 东山街道 and its sub-units only
        var target = await FirstItemAsync("秣陵街道", i => i.Status == WorkItemStatus.Planned && i.Evidence.Count == 0);
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var put = await client.PutAsJsonAsync($"/api/work-items/{target.Id}", new UpdateWorkItemRequest(target.Version, target.Details with { Title = "伪造的修改" }, 0));
        var delete = await client.DeleteAsync($"/api/work-items/{target.Id}?version={target.Version}");
        var post = await client.PostAsJsonAsync($"/api/campaigns/{await CampaignAsync()}/units/{target.UnitId}/work-items", target.Details with { Title = "伪造的新增" });

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Contains("您无权修改该单位的数据", await put.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Items.UpdateAsync(coordinator, target.Id, target.Version, target.Details with { Title = "伪造的修改" }, 0));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Items.CancelAsync(coordinator, target.Id, target.Version, "伪造"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Items.ApproveAsync(coordinator, target.Id, target.Version));

        var after = await Items.GetAsync(target.Id);
        Assert.Equal(target.Title, after.Title);
        Assert.Equal(target.Version, after.Version);
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.False(await db.Set<WorkItem>().AnyAsync(i => i.Title == "伪造的新增"));
    }

    [Fact]
    public async Task Who_last_changed_an_item_is_named_by_display_name_never_by_login()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var running = await FirstItemAsync("上坊社区", i => i.Status == WorkItemStatus.InProgress);

        await Items.UpdateAsync(coordinator, running.Id, running.Version, running.Details, running.ProgressPercent);
        var after = await Items.GetAsync(running.Id);
        var plan = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<PlanService>()
            .GetAsync(coordinator, await CampaignAsync(), running.UnitId);

        Assert.False(string.IsNullOrWhiteSpace(coordinator.DisplayName));
        Assert.NotEqual("unit", coordinator.DisplayName);
        Assert.Equal(coordinator.DisplayName, after.UpdatedByName);
        Assert.All(after.Evidence, e => Assert.NotEqual("unit", e.UploadedByName));
        Assert.NotEqual("unit", plan.UpdatedByName);
    }

    [Fact]
    public async Task A_coordinator_edits_a_sub_units_item_inline_and_the_change_is_published()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var running = await FirstItemAsync("上坊社区", i => i.Status == WorkItemStatus.InProgress);
        var feed = factory.Services.GetRequiredService<IChangeFeed>();

        var saved = await Items.UpdateAsync(coordinator, running.Id, running.Version, running.Details, 70);

        Assert.Equal(70, saved.ProgressPercent);
        Assert.Equal(running.Version + 1, saved.Version);
        Assert.Contains(feed.Recent(10), c => c.Kind == ChangeKind.WorkItem && c.EntityId == running.Id);
    }

    [Fact]
    public async Task A_stale_row_save_is_refused_with_the_other_users_version_and_can_be_reapplied()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var office = await Accounts.ActorAsync(factory, "office");
        var loaded = await FirstItemAsync("竹山社区", i => i.Kind == WorkItemKind.Other);

        // The office saves first, from the same version the coordinator loaded.
        await Items.UpdateAsync(office, loaded.Id, loaded.Version, loaded.Details with { Notes = "活动办补充：请附归档目录" }, 0);

        var mine = loaded.Details with { Title = "整理实物资料并按月归档" };
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Items.UpdateAsync(coordinator, loaded.Id, loaded.Version, mine, 0));
        var theirs = Assert.IsType<WorkItemDto>(conflict.Current);
        Assert.Equal("活动办补充：请附归档目录", theirs.Notes);
        Assert.Equal(loaded.Title, theirs.Title);
        Assert.Contains("已被他人修改", conflict.Message);

        // Re-applying the coordinator's own values on the fresh version succeeds.
        var reapplied = await Items.UpdateAsync(coordinator, loaded.Id, theirs.Version, mine, 0);
        Assert.Equal("整理实物资料并按月归档", reapplied.Title);
    }

    [Fact]
    public async Task Invalid_fields_are_refused_with_Chinese_messages_by_field()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var foreignLeader = (await FirstItemAsync("秣陵街道", i => i.ResponsiblePersonId is not null)).ResponsiblePersonId;

        var campaign = await CampaignAsync();
        var ex = await Assert.ThrowsAsync<WorkItemValidationException>(() => Items.AddAsync(coordinator, campaign, dongshan,
            new WorkItemDetails(" ", WorkItemKind.GrassrootsVisit, default, ResponsiblePersonId: foreignLeader)));

        Assert.Contains(ex.Errors, e => e.Field == "Title" && e.Message == "事项名称不能为空");
        Assert.Contains(ex.Errors, e => e.Field == "PlannedDate" && e.Message == "请填写计划日期");
        Assert.Contains(ex.Errors, e => e.Field == "VisitTheme");
        Assert.Contains(ex.Errors, e => e.Field == "ResponsiblePersonId" && e.Message == "责任领导须为本单位在任领导");
    }

    [Fact]
    public async Task Work_cannot_start_before_the_units_plan_is_approved()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var item = await FirstItemAsync("东山街道便民服务中心", i => i.Kind == WorkItemKind.LinkageUpward);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Items.StartAsync(coordinator, item.Id, item.Version));

        Assert.Equal("单位实施方案批准后才能开始工作事项", ex.Message);
    }

    [Fact]
    public async Task Evidence_is_stored_under_data_and_downloaded_only_by_signed_in_staff()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var item = await FirstItemAsync("上坊社区", i => i.Kind == WorkItemKind.LinkageGrassroots);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

        var refused = await Assert.ThrowsAsync<DomainException>(() => Items.AddEvidenceAsync(coordinator, item.Id, new MemoryStream(png), "脚本.exe", "application/octet-stream", png.Length));
        Assert.Equal("只能上传 JPG、PNG 图片或 PDF 文件", refused.Message);
        var saved = await Items.AddEvidenceAsync(coordinator, item.Id, new MemoryStream(png), "座谈会照片.png", "image/png", png.Length);
        var evidence = saved.Evidence.Single(e => e.FileName == "座谈会照片.png");
        Assert.True(Directory.EnumerateFiles(Path.Combine(factory.DataFolder, "evidence"), "*.png", SearchOption.AllDirectories).Any());

        var leader = await Accounts.SignedInClientAsync(factory, "leader");
        var download = await leader.GetAsync($"/api/work-items/{item.Id}/evidence/{evidence.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        var anonymous = await factory.CreateBrowserLikeClient().GetAsync($"/api/work-items/{item.Id}/evidence/{evidence.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_unit_screen_reports_the_three_to_five_rule_and_each_leaders_visits()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var dongshan = await Items.GetUnitAsync(coordinator, await CampaignAsync(), await DemoLookup.UnitIdAsync(factory, "东山街道"));

        Assert.Equal(ExperienceCountVerdict.TooFew, dongshan.Experience.Verdict);
        Assert.Contains("目前只有2个", dongshan.Experience.Message);
        Assert.Equal(2, dongshan.LeaderVisits.Count);
        var main = dongshan.LeaderVisits[0];
        Assert.Equal("孔繁荣", main.Leader.Name);
        Assert.True(main.Summary.FindProblems >= 1);
        Assert.True(main.Summary.AskResults >= 1);
    }
}
