using CampaignHub.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignHub.Tests.Live;

/// <summary>
/// With several nodes, the Redis backplane takes each hub send to every node's clients: the broadcaster must send
/// only the changes committed on its own node, or each client would get every change once per node.
/// </summary>
public sealed class HubBroadcasterTests
{
    [Fact]
    public async Task The_hub_sends_a_change_of_this_node_once_and_a_change_relayed_from_another_node_never()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var hub = new RecordingHubContext();
        var broadcaster = new HubBroadcaster(feed, hub);
        await broadcaster.StartAsync(CancellationToken.None);
        var relayed = Change("另一节点保存的问题");
        var local = Change("本节点保存的问题");

        // Both within one coalescing window: without the origin filter they would go out in the same batch.
        feed.PublishFromOtherNode(relayed);
        feed.Publish(local);
        await hub.FirstSend.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(ChangeFeed.DefaultCoalesceWindow * 3);
        await broadcaster.StopAsync(CancellationToken.None);

        Assert.Equal([local], hub.Sent);
    }

    [Fact]
    public async Task The_hub_sends_nothing_for_missed_changes_that_every_page_re_reads()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var hub = new RecordingHubContext();
        var broadcaster = new HubBroadcaster(feed, hub);
        await broadcaster.StartAsync(CancellationToken.None);
        var local = Change("本节点保存的问题");

        feed.PublishMissedChanges();
        feed.Publish(local);
        await hub.FirstSend.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(ChangeFeed.DefaultCoalesceWindow * 3);
        await broadcaster.StopAsync(CancellationToken.None);

        Assert.Equal([local], hub.Sent);
    }

    private static ChangeEvent Change(string summary) => new(ChangeKind.Rectification, 1, null, 7, summary, "测试", DateTimeOffset.UtcNow);

    /// <summary>Records what is sent to all clients; the broadcaster addresses no one else.</summary>
    private sealed class RecordingHubContext : IHubContext<CampaignChangesHub>, IHubClients, IClientProxy
    {
        private readonly Lock _lock = new();
        private readonly List<ChangeEvent> _sent = [];

        public TaskCompletionSource FirstSend { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<ChangeEvent> Sent
        {
            get
            {
                lock (_lock)
                {
                    return _sent.ToList();
                }
            }
        }

        public IHubClients Clients => this;

        public IGroupManager Groups => throw new NotSupportedException("the broadcaster manages no groups");

        public IClientProxy All => this;

        public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            Assert.Equal("changes", method);
            lock (_lock)
            {
                _sent.AddRange(Assert.IsAssignableFrom<IEnumerable<ChangeEvent>>(args[0]));
            }

            FirstSend.TrySetResult();
            return Task.CompletedTask;
        }

        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw Unexpected();

        public IClientProxy Client(string connectionId) => throw Unexpected();

        IClientProxy IHubClients<IClientProxy>.Clients(IReadOnlyList<string> connectionIds) => throw Unexpected();

        public IClientProxy Group(string groupName) => throw Unexpected();

        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw Unexpected();

        IClientProxy IHubClients<IClientProxy>.Groups(IReadOnlyList<string> groupNames) => throw Unexpected();

        public IClientProxy User(string userId) => throw Unexpected();

        public IClientProxy Users(IReadOnlyList<string> userIds) => throw Unexpected();

        private static NotSupportedException Unexpected() => new("the broadcaster sends to all clients only");
    }
}
