using System.Diagnostics;
using CampaignHub.Identity;

namespace CampaignHub.Live;

/// <summary>Admin-only numbers for leak tests and the benchmark: open subscriptions and server memory.</summary>
public static class DiagnosticsEndpoints
{
    public static void MapDiagnosticsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/diagnostics/live", (IChangeFeed feed) => TypedResults.Ok(new { subscribers = feed.SubscriberCount }))
            .WithTags("运维诊断")
            .WithSummary("查看实时更新订阅数")
            .RequireAuthorization(Policies.Admin);

        api.MapGet("/diagnostics/memory", (IChangeFeed feed) =>
            {
                // A full, compacting collection first, so the figure is live data rather than garbage.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect();
                using var process = Process.GetCurrentProcess();
                return TypedResults.Ok(new
                {
                    managedBytes = GC.GetTotalMemory(forceFullCollection: true),
                    workingSetBytes = process.WorkingSet64,
                    subscribers = feed.SubscriberCount,
                });
            })
            .WithTags("运维诊断")
            .WithSummary("查看服务器内存占用（先完整回收）")
            .RequireAuthorization(Policies.Admin);
    }
}
