using CampaignHub.Components.Tests.Features.Units;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Admin;
using CampaignHub.Identity;

namespace CampaignHub.Components.Tests.Features.Admin;

/// <summary>The audit log opens on the newest entries, in Chinese, with people's names rather than login names.</summary>
public sealed class AuditLogTests : ComponentTestContext
{
    private readonly UnitsTestDatabase _database;

    public AuditLogTests()
    {
        _database = new UnitsTestDatabase(new ShiftedClock(DemoToday, DateTimeOffset.UtcNow));
        _database.AddTo(Services);
        Services.AddScoped<AuditService>();
        Services.AddScoped<CurrentActor>();
        using var db = _database.Create();
        db.Users.Add(new AppUser { UserName = "unit", DisplayName = "严晓（东山街道联络员）" });
        db.Users.Add(new AppUser { UserName = "office", DisplayName = "区委教育实践活动办公室" });
        db.SaveChanges();
        var at = new DateTimeOffset(2014, 4, 10, 2, 0, 0, TimeSpan.Zero);
        db.AuditEntries.AddRange(
            new AuditEntry { At = at, UserName = "unit", EntityType = "MilestoneCompletion", EntityId = "7", Field = "MetOn", OldValue = "2014-04-09", NewValue = "2014-04-10" },
            new AuditEntry { At = at, UserName = "office", EntityType = "SatisfactionSurvey", EntityId = "2", Field = "Status", OldValue = "Draft", NewValue = "Open" },
            new AuditEntry { At = at, UserName = "anonymous", EntityType = "ResponseCode", EntityId = "15", Field = "UsedAt", OldValue = null, NewValue = "2014-04-10 10:00:00" },
            new AuditEntry { At = at, UserName = "office", EntityType = "RectificationItem", EntityId = "3", Field = "VerifiedBy", OldValue = null, NewValue = "unit" },
            new AuditEntry { At = at, UserName = "office", EntityType = "ZzUnknownThing", EntityId = "1", Field = "Whatever", OldValue = "A", NewValue = "B" });
        db.SaveChanges();
    }

    [Fact]
    public void Opens_on_the_newest_entries_without_pressing_search()
    {
        SignInAs(Roles.Admin);

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=audit-grid] tbody tr").Count >= 5));
        Assert.DoesNotContain("没有符合条件的记录", page.Markup);
        // Newest first: the last written (the unknown entity) leads.
        Assert.Contains("ZzUnknownThing", page.FindAll("[data-testid=audit-grid] tbody tr")[0].TextContent);
    }

    [Fact]
    public void Shows_Chinese_entity_field_and_enum_names()
    {
        SignInAs(Roles.Admin);

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Contains("时间节点完成情况", page.Markup));
        var grid = page.Find("[data-testid=audit-grid] tbody").TextContent;
        Assert.Contains("完成日期", grid);
        Assert.Contains("满意度测评", grid);
        Assert.Contains("答卷码", grid);
        Assert.Contains("使用时间", grid);
        Assert.Contains(AuditLabels.Value(_database.Create().Model, "SatisfactionSurvey", "Status", "Draft")!, grid);
        Assert.DoesNotContain("MilestoneCompletion", grid);
        Assert.DoesNotContain("UsedAt", grid);
        Assert.DoesNotContain("Draft", grid);
        Assert.DoesNotContain("Open", grid);
    }

    [Fact]
    public void Shows_display_names_instead_of_login_names()
    {
        SignInAs(Roles.Admin);

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Contains("严晓（东山街道联络员）", page.Markup));
        var cells = page.FindAll("[data-testid=audit-grid] tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("区委教育实践活动办公室", cells);
        Assert.Contains("群众（匿名答卷）", cells);
        Assert.DoesNotContain("office", cells);
        Assert.DoesNotContain("unit", cells);
        Assert.DoesNotContain("anonymous", cells);
        // A login name held as a value (验收人) is a person's name too.
        Assert.Contains("验收人", cells);
    }

    [Fact]
    public void Unknown_names_fall_back_to_the_written_name()
    {
        Assert.Equal("ZzUnknownThing", AuditLabels.Entity("ZzUnknownThing"));
        Assert.Equal("Whatever", AuditLabels.Field("ZzUnknownThing", "Whatever"));
        Assert.Equal("（整条记录）", AuditLabels.Field("Opinion", "*"));
        Assert.Equal("时间节点完成情况", AuditLabels.Entity("MilestoneCompletion"));
        Assert.Equal("职务", AuditLabels.Field("Person", "Title"));
        Assert.Equal("标题", AuditLabels.Field("WorkItem", "Title"));
    }

    [Fact]
    public void Every_audited_entity_and_its_fields_have_a_Chinese_name()
    {
        using var db = _database.Create();
        var missing = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && AuditScope.Covers(e.ClrType))
            .SelectMany(e => new[] { (e.ClrType.Name, "*") }.Concat(e.GetProperties().Where(p => !p.IsShadowProperty() && p.Name is not "Version" and not "ConcurrencyStamp" and not "SecurityStamp" and not "PasswordHash" and not "AccessFailedCount" and not "LockoutEnd" and not "NormalizedUserName" and not "NormalizedEmail" and not "EmailConfirmed" and not "PhoneNumberConfirmed" and not "TwoFactorEnabled").Select(p => (e.ClrType.Name, p.Name))))
            .Where(x => x.Item2 == "*" ? AuditLabels.Entity(x.Item1) == x.Item1 : AuditLabels.Field(x.Item1, x.Item2) == x.Item2)
            .Select(x => $"{x.Item1}.{x.Item2}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Data_protection_keys_are_never_audited_because_their_xml_is_the_cookie_secret()
    {
        Assert.False(AuditScope.Covers(typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)));
        Assert.False(AuditScope.Covers(typeof(AuditEntry)));
        Assert.True(AuditScope.Covers(typeof(CampaignHub.Domain.Units.Unit)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
