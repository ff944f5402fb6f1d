using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignHub.Components.Tests.Components.Shared;

public sealed class LivePageBaseTests : ComponentTestContext
{
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(10));

    public LivePageBaseTests()
    {
        Services.AddSingleton<IChangeFeed>(_feed);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true)); // as in a live circuit
    }

    [Fact]
    public void A_change_committed_while_the_page_loads_is_not_missed()
    {
        var page = Render<ProbePage>(p => p.Add(x => x.DuringFirstLoad, () => _feed.Publish(new ChangeEvent(ChangeKind.WorkItem, 1, 2, 3, "测试", "office", DateTimeOffset.UtcNow))));

        page.WaitForAssertion(() => Assert.Equal(2, page.Instance.Loads), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_closed_page_leaves_no_subscription_behind()
    {
        var page = Render<ProbePage>();
        Assert.Equal(1, _feed.SubscriberCount);

        await page.Instance.DisposeAsync();

        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public void Loads_never_overlap_so_an_older_load_cannot_overwrite_a_newer_one()
    {
        var page = Render<ProbePage>(p => p.Add(x => x.LoadDelay, TimeSpan.FromMilliseconds(100)));
        for (var i = 0; i < 5; i++)
        {
            _feed.Publish(new ChangeEvent(ChangeKind.WorkItem, 1, 2, i, "测试", "office", DateTimeOffset.UtcNow));
        }

        page.WaitForAssertion(() => Assert.True(page.Instance.Loads >= 2), TimeSpan.FromSeconds(5));
        Assert.Equal(1, page.Instance.MostAtOnce);
    }

    public sealed class ProbePage : LivePageBase
    {
        private int _running;

        [Parameter]
        public Action? DuringFirstLoad { get; set; }

        [Parameter]
        public TimeSpan LoadDelay { get; set; } = TimeSpan.FromMilliseconds(30);

        public int Loads { get; private set; }

        public int MostAtOnce { get; private set; }

        protected override bool Concerns(ChangeEvent change) => true;

        protected override async Task LoadAsync()
        {
            MostAtOnce = Math.Max(MostAtOnce, Interlocked.Increment(ref _running));
            Loads++;
            if (Loads == 1)
            {
                DuringFirstLoad?.Invoke();
            }

            await Task.Delay(LoadDelay);
            Interlocked.Decrement(ref _running);
        }
    }
}
