using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Serialization;
using CampaignHub.Features.Rectification;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static CampaignHub.Tests.Live.Redis.TwoNodeCluster;

namespace CampaignHub.Tests.Live.Redis;

/// <summary>
/// /hubs/campaign with the Redis backplane: a client gets each change once, whichever node it is connected to and
/// whichever node the change was saved on (the saving node sends it, the backplane carries it, no other node resends).
/// </summary>
[Trait("Category", TestRedis.Category)]
public sealed class HubAcrossNodesTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    [Fact]
    public async Task A_hub_client_on_either_node_gets_a_change_saved_on_one_of_them_once()
    {
        var onA = new ConcurrentQueue<ChangeEvent>();
        var onB = new ConcurrentQueue<ChangeEvent>();
        await using var clientOnA = await ConnectAsync(cluster.A, onA);
        await using var clientOnB = await ConnectAsync(cluster.B, onB);
        var campaign = await DemoLookup.CampaignAsync(cluster.A);
        var unit = await DemoLookup.UnitIdAsync(cluster.A, "东山街道");
        var office = await Accounts.ActorAsync(cluster.A, "office");

        var id = await Service<RectificationService>(cluster.A)
            .CreateAsync(office, campaign.Id, new NewRectificationItem(unit, "公厕无人保洁（节点甲）", "公厕无人保洁，群众反映多次", IsQuickFix: true));
        var saved = FeedOf(cluster.A).Recent(20).Where(c => c.Kind == ChangeKind.Rectification && c.EntityId == id).Reverse().ToList();
        await WaitUntilAsync(() => onA.Count(c => c.EntityId == id) >= saved.Count && onB.Count(c => c.EntityId == id) >= saved.Count);
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // room for a second copy, were one sent

        Assert.NotEmpty(saved);
        Assert.Equal(saved, onA.Where(c => c.Kind == ChangeKind.Rectification && c.EntityId == id));
        Assert.Equal(saved, onB.Where(c => c.Kind == ChangeKind.Rectification && c.EntityId == id));
    }

    private static async Task<HubConnection> ConnectAsync(CampaignHubFactory node, ConcurrentQueue<ChangeEvent> into)
    {
        var cookies = new CookieContainer();
        using var browser = node.CreateDefaultClient(new CookieContainerHandler(cookies));
        var login = await Accounts.LoginAsync(browser, "wall");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = cookies.GetCookieHeader(node.Server.BaseAddress);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node.Server.BaseAddress, CampaignChangesHub.Path.TrimStart('/')), options =>
            {
                // The test server has no sockets: long polling through its in-memory handler.
                options.HttpMessageHandlerFactory = _ => node.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = cookie;
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        connection.On<ChangeEvent[]>("changes", batch =>
        {
            foreach (var change in batch)
            {
                into.Enqueue(change);
            }
        });
        await connection.StartAsync();
        return connection;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
