using System.Net;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.ContactDuties;

public sealed class ReceptionAndReportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_public_reception_page_shows_leader_name_post_time_and_place_and_no_other_personal_data()
    {
        var html = await (await factory.CreateBrowserLikeClient().GetAsync("/reception")).Content.ReadAsStringAsync();

        await using var db = await DemoLookup.DbAsync(factory);
        var upcoming = await db.Set<ScheduledReception>().AsNoTracking().Where(r => !r.IsCancelled && r.Date >= new DateOnly(2014, 4, 10)).ToListAsync();
        Assert.NotEmpty(upcoming);
        var leaders = await db.Set<Person>().AsNoTracking().ToDictionaryAsync(p => p.Id);
        foreach (var day in upcoming)
        {
            Assert.Contains(leaders[day.LeaderPersonId].Name, html);
            Assert.Contains(day.Place, html);
            Assert.Contains(day.StartTime.ToString("HH:mm"), html);
        }

        // Each leader's post (title and unit) tells the public whom they will meet.
        foreach (var day in upcoming)
        {
            Assert.Contains(leaders[day.LeaderPersonId].Title ?? string.Empty, html);
        }

        // Visitors, their contacts and matters, and the past day stay off the public page.
        var cases = await db.Set<ReceptionCase>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            Assert.DoesNotContain(c.VisitorName, html);
            Assert.DoesNotContain(c.Matter, html);
            Assert.DoesNotContain(c.VisitorContact!, html);
        }

        Assert.DoesNotContain("2014年3月14日", html);
    }

    [Fact]
    public void The_public_listing_carries_only_leader_name_post_date_time_place_and_form()
    {
        var fields = typeof(PublicReceptionListing).GetProperties().Select(p => p.Name).Order().ToList();
        var day = typeof(PublicReceptionDay).GetProperties().Select(p => p.Name).Order().ToList();

        Assert.Equal(["Date", "EndTime", "Form", "LeaderName", "Place", "StartTime"], fields);
        Assert.Equal(["LeaderTitle", "Listing", "UnitName"], day);
    }

    [Fact]
    public async Task The_demo_has_open_settled_and_overdue_reception_cases_and_the_office_sees_them()
    {
        var receptions = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ReceptionService>();

        var board = await receptions.GetBoardAsync(await Accounts.ActorAsync(factory, "office"));

        Assert.Contains(board.Cases, c => c.Status == ReceptionCaseStatus.Settled);
        Assert.Contains(board.Cases, c => c.Status == ReceptionCaseStatus.Open && !c.IsOverdue);
        Assert.Contains(board.Cases, c => c.IsOverdue && c.Status == ReceptionCaseStatus.InProgress);
        Assert.All(board.Upcoming, d => Assert.True(d.Date > new DateOnly(2014, 4, 10)));
    }

    [Fact]
    public async Task Only_the_receiving_unit_settles_a_case_under_first_contact_responsibility()
    {
        var receptions = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ReceptionService>();
        var office = await Accounts.ActorAsync(factory, "office");
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var overdue = (await receptions.GetBoardAsync(coordinator)).Cases.First(c => c.IsOverdue && c.Status == ReceptionCaseStatus.InProgress);

        await Assert.ThrowsAsync<AccessDeniedException>(() => receptions.SettleCaseAsync(office, overdue.Id, overdue.Version));
        var unsigned = await Assert.ThrowsAsync<DomainException>(() => receptions.SettleCaseAsync(coordinator, overdue.Id, overdue.Version));
        Assert.Equal("答复意见书尚未经接访领导签署，不能办结", unsigned.Message);

        // The coordinator drafts the reply but cannot sign it for the receiving leader.
        await receptions.WriteReplyAsync(coordinator, overdue.Id, overdue.Version, "开发单位承诺6月底前交付，已书面答复");
        var drafted = (await receptions.GetBoardAsync(coordinator)).Cases.Single(c => c.Id == overdue.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() => receptions.SignReplyAsync(coordinator, overdue.Id, drafted.Version, "同意办结"));
        Assert.Equal(ReceptionCaseStatus.InProgress, drafted.Status);
        Assert.Equal("答复意见书尚未经接访领导签署，不能办结", drafted.Settle.Reason);
    }

    [Fact]
    public async Task The_office_view_puts_the_worst_compliance_first_and_the_demo_has_green_and_yellow_people()
    {
        var compliance = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ComplianceService>();

        var office = await compliance.GetOfficeAsync();

        Assert.Equal(2014, office.Year);
        Assert.Equal(office.People.OrderBy(p => p.Score).Select(p => p.Score), office.People.Select(p => p.Score));
        Assert.Contains(office.People, p => p.Worst == ComplianceStatus.BehindPace);
        Assert.Contains(office.People, p => p.Worst.Colour() == "green");
        var wall = await compliance.GetWallSummaryAsync();
        Assert.Equal(office.People.Count, wall.PeopleGreen + wall.PeopleYellow + wall.PeopleRed);
    }

    [Fact]
    public async Task The_demo_main_leader_of_Dongshan_has_the_five_to_seven_day_stay()
    {
        var compliance = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ComplianceService>();
        await using var db = await DemoLookup.DbAsync(factory);
        var kong = await db.Set<Person>().AsNoTracking().SingleAsync(p => p.Name == "孔繁荣");

        var card = await compliance.GetPersonCardAsync(await Accounts.ActorAsync(factory, "office"), kong.Id, 2014);

        var stay = card.Rules.Single(r => r.DutyType == DutyType.ResearchStay && r.Measure == QuotaMeasure.Count);
        Assert.Equal(ComplianceStatus.Met, stay.Status);
        Assert.Contains(card.Activities, a => a.DutyType == DutyType.ResearchStay && a.Days is >= 5 and <= 7);
        Assert.Contains("市党代表", card.QuotaRoles);
    }

    [Fact]
    public async Task The_year_end_report_exports_to_xlsx_compiled_from_the_records()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");

        var response = await client.GetAsync($"/api/contacts/units/{dongshan}/report.xlsx?year=2014");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var sheet = XlsxReader.Read(await response.Content.ReadAsStreamAsync(), "人员");
        Assert.Equal(["人员", "身份", "职责", "要求", "应完成", "已完成", "单位", "状态"], sheet.Headers);
        Assert.Contains(sheet.Rows, r => r.Cells.Contains("孔繁荣"));
        Assert.Contains(sheet.Rows, r => r.Cells.Contains("联系点走访"));
    }

    [Fact]
    public async Task A_year_outside_the_range_is_refused_in_Chinese()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");

        var response = await client.GetAsync("/api/contacts/office?year=1990");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("年份必须在", await response.Content.ReadAsStringAsync());
    }
}
