using CampaignHub.Data.Cluster;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Public;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Infrastructure.Files;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Data.Cluster;

/// <summary>
/// Timed work runs once however many nodes share the database: under the cluster lock (a PostgreSQL advisory lock, or
/// an in-process lock on SQLite). These tests run on whichever engine the suite runs on (scripts/test-postgres.sh for
/// PostgreSQL), and each lock is taken through separate database sessions, as two nodes would.
/// </summary>
public sealed class ClusterLockTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private IClusterLock Lock => factory.Services.GetRequiredService<IClusterLock>();

    [Fact]
    public async Task A_lock_held_by_one_caller_is_refused_to_another_until_it_is_released()
    {
        var first = await Lock.TryAcquireAsync("test-refused");
        Assert.NotNull(first);

        Assert.Null(await Lock.TryAcquireAsync("test-refused"));
        var other = await Lock.TryAcquireAsync("test-another-name");
        Assert.NotNull(other);
        await other.DisposeAsync();

        await first.DisposeAsync();
        var again = await Lock.TryAcquireAsync("test-refused");
        Assert.NotNull(again);
        await again.DisposeAsync();
    }

    [Fact]
    public async Task A_waiting_caller_gets_the_lock_when_the_holder_releases_it()
    {
        var holder = await Lock.AcquireAsync("test-wait");
        var waiting = Lock.AcquireAsync("test-wait");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await holder.DisposeAsync();
        var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await lease.DisposeAsync();
    }

    [Fact]
    public async Task The_survey_schedule_does_not_run_while_another_node_holds_its_lock_and_runs_after()
    {
        var open = await OpenSurveyAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var surveyId = await Service<SurveyAdminService>(factory).CreateAsync(office, open.CampaignId, new SurveySettingsInput
        {
            Title = "集群调度测试问卷",
            OpensAt = new DateTime(2014, 4, 10, 9, 0, 0),
            ClosesAt = new DateTime(2014, 4, 25, 18, 0, 0),
            MinimumSample = 20,
            TargetUnitIds = [await DemoLookup.UnitIdAsync(factory, "秣陵街道")],
        });

        await using (var otherNode = await Lock.AcquireAsync(SurveySchedule.LockName))
        {
            Assert.Null(await Service<SurveySchedule>(factory).RunDueAsync());
            Assert.Equal(SurveyStatus.Draft, await StatusAsync(surveyId));
        }

        // The app's own timer may take the next round; either way the survey opens once the lock is free.
        await Service<SurveySchedule>(factory).RunDueAsync();
        Assert.Equal(SurveyStatus.Open, await StatusAsync(surveyId));
    }

    [Fact]
    public async Task Two_nodes_with_one_shared_folder_read_each_others_evidence_and_agree_on_rater_keys()
    {
        var shared = Path.Combine(Path.GetTempPath(), "campaignhub-tests", "shared-" + Guid.NewGuid().ToString("N"));
        using var nodeB = factory.WithWebHostBuilder(b => b.UseSetting("CampaignHub:SharedFolder", shared));
        using var otherDeployment = new CampaignHubFactory();
        using var nodeC = otherDeployment.WithWebHostBuilder(b => b.UseSetting("CampaignHub:SharedFolder", shared));
        try
        {
            var stored = await nodeB.Services.GetRequiredService<EvidenceStore>()
                .SaveAsync(new MemoryStream("会议记录"u8.ToArray()), "记录.txt", "text/plain", 1024);
            await using (var read = nodeC.Services.GetRequiredService<EvidenceStore>().OpenRead(stored.RelativePath))
            {
                Assert.Equal("会议记录", await new StreamReader(read).ReadToEndAsync());
            }

            Assert.True(File.Exists(Path.Combine(shared, "evidence", stored.RelativePath)));
            var address = System.Net.IPAddress.Parse("203.0.113.7");
            Assert.Equal(nodeB.Services.GetRequiredService<RaterKeys>().For(address), nodeC.Services.GetRequiredService<RaterKeys>().For(address));
            Assert.True(File.Exists(Path.Combine(shared, RaterKeys.SecretFileName)));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    private async Task<SurveyStatus> StatusAsync(int surveyId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<SatisfactionSurvey>().Where(s => s.Id == surveyId).Select(s => s.Status).SingleAsync();
    }
}
