using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Domain.Briefings;
using CampaignHub.Features.Briefings;
using CampaignHub.Features.Reports;
using CampaignHub.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Briefings;

/// <summary>工作动态、典型事迹 and the 简报 through the real app: the Jiangning demo, the API, the .docx, the public pages.</summary>
public sealed class BriefingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Demo_shows_Jiangning_submissions_and_two_issued_briefings_with_their_2014_dates()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");

        var briefings = await Service<BriefingService>(factory).ListAsync(office, campaign.Id);
        var first = briefings.Rows.Single(r => r.Number == 1);
        var second = briefings.Rows.Single(r => r.Number == 2);
        Assert.Equal((new DateOnly(2014, 3, 31), BriefingVisibility.Internal, BriefingStatus.Issued), (first.IssuedOn, first.Visibility, first.Status));
        Assert.Equal((new DateOnly(2014, 4, 8), BriefingVisibility.Public, 3), (second.IssuedOn, second.Visibility, second.ArticleTitles.Count));

        var news = await Service<NewsItemService>(factory).ListAsync(office, campaign.Id);
        Assert.Contains(news.Rows, r => r.UnitName == "区城管局" && r.Status == NewsItemStatus.Returned && r.ReturnReason is not null);
        Assert.Contains(news.Rows, r => r.UnitName == "上坊社区" && r.Status == NewsItemStatus.Submitted && r.Evidence.Count == 1);
        Assert.Contains(news.Rows, r => r.PublishedIn == "第2期" && r.Kind == NewsKind.TypicalCase);
        Assert.DoesNotContain(news.Rows, r => r.Status == NewsItemStatus.Draft);
    }

    [Fact]
    public async Task A_unit_sees_only_its_own_tree_and_its_own_drafts()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await Accounts.ActorAsync(factory, "unit");
        var renshe = await Accounts.ActorAsync(factory, "renshe");
        var service = Service<NewsItemService>(factory);

        var own = await service.ListAsync(dongshan, campaign.Id);
        Assert.NotEmpty(own.Rows);
        Assert.All(own.Rows, r => Assert.Contains(r.UnitName, new[] { "东山街道", "上坊社区", "竹山社区", "东山便民中心" }));

        var reshe = await service.ListAsync(renshe, campaign.Id);
        Assert.Contains(reshe.Rows, r => r.Status == NewsItemStatus.Draft && r.UnitName == "区人社局");
        Assert.All(reshe.Rows, r => Assert.Equal("区人社局", r.UnitName));
    }

    [Fact]
    public async Task A_unit_submits_the_office_selects_and_issues_the_next_number_as_a_docx_that_opens()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var unit = await Accounts.SignedInClientAsync(factory, "unit");
        var office = await Accounts.SignedInClientAsync(factory, "office");

        var created = await unit.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/news",
            new NewsItemInput(dongshan, new NewsItemDetails(NewsKind.TypicalCase, "竹山社区“红色管家”<b>帮居民解难题</b>", "竹山社区组建“红色管家”队伍。\n一月来帮助居民解决难题38件。", new DateOnly(2014, 4, 9)), true), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsync($"/api/news/{id}/select", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/news/{id}/select", null)).StatusCode);

        var compiled = await office.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/briefings",
            new BriefingInput(new BriefingDetails("基层党组织服务群众见行动", BriefingVisibility.Internal, "高明", "陈建国", new DateOnly(2014, 4, 10)), [id]), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, compiled.StatusCode);
        var briefingId = (await compiled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var issued = await office.PostAsync($"/api/briefings/{briefingId}/issue", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var number = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
        Assert.Equal("第3期", number);

        var again = await office.PostAsync($"/api/briefings/{briefingId}/issue", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("简报第3期已印发，不能修改", (await ProblemAsync(again)).GetProperty("detail").GetString());
        var revise = await office.PutAsJsonAsync($"/api/briefings/{briefingId}",
            new BriefingInput(new BriefingDetails("改标题", BriefingVisibility.Public, "高明", "陈建国", new DateOnly(2014, 4, 10)), [id]), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, revise.StatusCode);

        var docx = await unit.GetAsync($"/api/briefings/{briefingId}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("第3期", text, StringComparison.Ordinal);
        Assert.Contains("竹山社区“红色管家”<b>帮居民解难题</b>", text, StringComparison.Ordinal);
        Assert.Contains("基层党组织服务群众见行动", text, StringComparison.Ordinal);
        Assert.Contains("内部资料", text, StringComparison.Ordinal);

        var item = await Service<NewsItemService>(factory).GetAsync(await Accounts.ActorAsync(factory, "unit"), id);
        Assert.Equal((NewsItemStatus.Published, "第3期"), (item.Status, item.PublishedIn));
    }

    [Fact]
    public async Task The_demo_public_issue_reads_back_from_its_docx_with_its_number_and_titles()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var leader = await Accounts.SignedInClientAsync(factory, "leader");
        var list = await leader.GetFromJsonAsync<BriefingsDto>($"/api/campaigns/{campaign.Id}/briefings", ApiJson.Options);
        var second = list!.Rows.Single(r => r.Number == 2);

        var bytes = await leader.GetByteArrayAsync($"/api/briefings/{second.Id}/docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("第2期", text, StringComparison.Ordinal);
        Assert.All(second.ArticleTitles, title => Assert.Contains(title, text, StringComparison.Ordinal));
        Assert.DoesNotContain("内部资料", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_submission_is_refused_and_hostile_input_gets_a_Chinese_400()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var unit = await Accounts.SignedInClientAsync(factory, "unit");
        var office = await Accounts.ActorAsync(factory, "office");
        var news = await Service<NewsItemService>(factory).ListAsync(office, campaign.Id);
        var shangfang = news.Rows.Single(r => r.UnitName == "上坊社区" && r.Status == NewsItemStatus.Submitted);
        var rensheDraft = (await Service<NewsItemService>(factory).ListAsync(await Accounts.ActorAsync(factory, "renshe"), campaign.Id)).Rows.First(r => r.Status == NewsItemStatus.Draft);
        var rensheOwn = await Accounts.SignedInClientAsync(factory, "renshe");

        Assert.Equal(HttpStatusCode.Forbidden, (await rensheOwn.PostAsync($"/api/news/{shangfang.Id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rensheOwn.GetAsync($"/api/news/{shangfang.Id}/evidence/{shangfang.Evidence[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.PostAsync($"/api/news/{rensheDraft.Id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.PostAsync("/api/news/999999/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/news", new NewsItemInput(renshe, Valid(), false), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/briefings", new BriefingInput(new BriefingDetails("标题", BriefingVisibility.Public, "甲", "乙", new DateOnly(2014, 4, 10)), [shangfang.Id]), ApiJson.Options)).StatusCode);

        async Task<string?> RefusedAsync(NewsItemDetails details)
        {
            var response = await unit.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/news", new NewsItemInput(dongshan, details, true), ApiJson.Options);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await ProblemAsync(response)).GetProperty("detail").GetString();
        }

        Assert.Equal("标题不能为空", await RefusedAsync(Valid() with { Title = "   " }));
        Assert.Equal("标题不能超过100个字符", await RefusedAsync(Valid() with { Title = new string('长', 5000) }));
        Assert.Equal("正文不能超过5000个字符", await RefusedAsync(Valid() with { Body = new string('文', 5001) }));
        Assert.Equal("事项发生日期不能晚于今天", await RefusedAsync(Valid() with { OccurredOn = new DateOnly(2099, 1, 1) }));
        Assert.Equal("请选择稿件类别（工作动态或典型事迹）", await RefusedAsync(Valid() with { Kind = null }));

        var officeClient = await Accounts.SignedInClientAsync(factory, "office");
        var notSelected = await officeClient.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/briefings",
            new BriefingInput(new BriefingDetails("标题", BriefingVisibility.Public, "甲", "乙", new DateOnly(2014, 4, 10)), [shangfang.Id]), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, notSelected.StatusCode);
        Assert.StartsWith("只能编入学教办已采用的稿件", (await ProblemAsync(notSelected)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var noReason = await officeClient.PostAsJsonAsync($"/api/news/{shangfang.Id}/return", new ReturnNewsInput(null), ApiJson.Options);
        Assert.Equal("退回原因不能为空", (await ProblemAsync(noReason)).GetProperty("detail").GetString());
        var unknown = await officeClient.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/briefings",
            new BriefingInput(new BriefingDetails("标题", BriefingVisibility.Public, "甲", "乙", new DateOnly(2014, 4, 10)), [int.MaxValue]), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officeClient.GetAsync("/api/briefings/999999/docx")).StatusCode);
    }

    [Fact]
    public async Task A_draft_briefing_is_the_offices_own_until_issued()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var news = Service<NewsItemService>(factory);
        var selected = (await news.ListAsync(office, campaign.Id)).Rows.First(r => r.Status == NewsItemStatus.Selected);
        var draftId = await Service<BriefingService>(factory).CompileAsync(office, campaign.Id,
            new BriefingInput(new BriefingDetails("待印发的一期", BriefingVisibility.Public, "高明", "陈建国", new DateOnly(2014, 4, 10)), [selected.Id]));

        var unit = await Accounts.SignedInClientAsync(factory, "unit");
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/briefings/{draftId}")).StatusCode);
        var list = await unit.GetFromJsonAsync<BriefingsDto>($"/api/campaigns/{campaign.Id}/briefings", ApiJson.Options);
        Assert.DoesNotContain(list!.Rows, r => r.Id == draftId);
        Assert.All(list.Rows, r => Assert.False(r.MayIssue.Offered));

        var anonymous = factory.CreateBrowserLikeClient();
        Assert.DoesNotContain("待印发的一期", await anonymous.GetStringAsync("/public/briefings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_show_public_briefings_and_never_internal_ones()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var list = await Service<BriefingService>(factory).ListAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id);
        var internalIssue = list.Rows.Single(r => r.Number == 1);
        var publicIssue = list.Rows.Single(r => r.Number == 2);
        var anonymous = factory.CreateBrowserLikeClient();

        var index = await anonymous.GetStringAsync("/public/briefings");
        Assert.Contains(publicIssue.Title, index, StringComparison.Ordinal);
        Assert.DoesNotContain(internalIssue.Title, index, StringComparison.Ordinal);

        var shown = await anonymous.GetStringAsync($"/public/briefings?id={publicIssue.Id}");
        Assert.Contains(publicIssue.ArticleTitles[0], shown, StringComparison.Ordinal);
        var hidden = await anonymous.GetStringAsync($"/public/briefings?id={internalIssue.Id}");
        Assert.Contains("找不到该简报", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain(internalIssue.Title, hidden, StringComparison.Ordinal);
        Assert.All(internalIssue.ArticleTitles, t => Assert.DoesNotContain(t, hidden, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/briefings/{internalIssue.Id}/docx")).StatusCode);
    }

    [Fact]
    public async Task The_leading_groups_progress_report_links_the_issued_briefings()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var report = await Service<ReportService>(factory).GetCampaignReportAsync(await Accounts.ActorAsync(factory, "leader"), campaign.Id);

        Assert.Contains(report.Briefings, b => b.NumberText == "第1期" && b.IssuedOn == new DateOnly(2014, 3, 31));
        Assert.Contains(report.Briefings, b => b.NumberText == "第2期");

        var leader = await Accounts.SignedInClientAsync(factory, "leader");
        var page = await leader.GetStringAsync($"/reports/campaigns/{campaign.Id}");
        Assert.Contains($"briefings/{report.Briefings.Single(b => b.NumberText == "第2期").Id}/print", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_lists_export_to_excel()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.SignedInClientAsync(factory, "office");

        foreach (var (url, firstHeader) in new[] { ($"/api/campaigns/{campaign.Id}/news/export", "序号"), ($"/api/campaigns/{campaign.Id}/briefings/export", "期号") })
        {
            var sheet = CampaignHub.Infrastructure.Excel.XlsxReader.Read(new MemoryStream(await office.GetByteArrayAsync(url)), firstHeader);
            Assert.NotEmpty(sheet.Rows);
        }
    }

    private static NewsItemDetails Valid() => new(NewsKind.WorkNews, "东山街道开展“双体验”", "机关干部到窗口体验一天。", new DateOnly(2014, 4, 9));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
