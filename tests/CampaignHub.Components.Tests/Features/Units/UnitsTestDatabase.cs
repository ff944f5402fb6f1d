using CampaignHub.Data;
using CampaignHub.Data.Interceptors;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Live;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignHub.Components.Tests.Features.Units;

/// <summary>
/// A small in-memory SQLite store for rendering pages with their real services: a district with a street and a
/// community under it, one campaign with one milestone, all three units enrolled.
/// </summary>
public sealed class UnitsTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public UnitsTestDatabase(IClock clock)
    {
        _connection.Open();
        Feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);

        // The same saving behaviour as the app: versions, audit trail, and changes published after the commit.
        Options = new DbContextOptionsBuilder<CampaignHubDbContext>().UseSqlite(_connection)
            .AddInterceptors(new VersionAndAuditInterceptor(clock), new DomainEventPublisher(Feed, clock, NullLogger<DomainEventPublisher>.Instance))
            .Options;
        Clock = clock;
        using var db = Create();
        db.Database.EnsureCreated();
        var district = new Unit("江宁区", UnitKind.District);
        db.Add(district);
        db.SaveChanges();
        var street = new Unit("东山街道办事处", UnitKind.StreetOrTownship, district.Id, "东山街道");
        db.Add(street);
        db.SaveChanges();
        var community = new Unit("上坊社区居委会", UnitKind.VillageOrCommunity, street.Id, "上坊社区");
        db.Add(community);
        db.SaveChanges();
        var campaign = new Campaign("双联动双体验双满意主题活动", "江宁群办发〔2014〕8号", "区委教育实践活动办公室", new DateOnly(2014, 3, 1), new DateOnly(2014, 3, 1), new DateOnly(2014, 9, 30));
        var phase = campaign.AddPhase("学习教育、听取意见", new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31));
        campaign.AddMilestone(phase, "完成“双体验”", new DateOnly(2014, 4, 15));
        campaign.Enrol(district.Id);
        campaign.Enrol(street.Id);
        campaign.Enrol(community.Id);
        db.Add(campaign);
        db.SaveChanges();
        (DistrictId, StreetId, CommunityId) = (district.Id, street.Id, community.Id);
    }

    public DbContextOptions<CampaignHubDbContext> Options { get; }

    public IChangeFeed Feed { get; }

    public IClock Clock { get; }

    public int DistrictId { get; }

    public int StreetId { get; }

    public int CommunityId { get; }

    public CampaignHubDbContext Create() => new(Options);

    /// <summary>Registers the store and the change feed the pages and their services use.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IDbContextFactory<CampaignHubDbContext>>(new Factory(this));
        services.AddSingleton(Feed);
    }

    public void Dispose() => _connection.Dispose();

    private sealed class Factory(UnitsTestDatabase database) : IDbContextFactory<CampaignHubDbContext>
    {
        public CampaignHubDbContext CreateDbContext() => database.Create();
    }
}
