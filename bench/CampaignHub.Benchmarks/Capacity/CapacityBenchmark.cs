using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Benchmarks.Circuits;
using CampaignHub.BrowserTests.Infrastructure;

namespace CampaignHub.Benchmarks.Capacity;

/// <summary>The main pages of the mix.</summary>
public enum PageType
{
    Wall,
    Overview,
    Rectification,
    Results,
    WorkItems,
    Ledger,
}

/// <summary>
/// Thousands of live circuits from one process (the protocol-level driver, no browser) on the province-scale data set:
/// 70% coordinators on their unit's work-item grid or the commitment ledger, 20% office pages (overview,
/// rectification list, survey results), 10% walls. The office saves through the JSON API every 200 ms, rotating over
/// units and kinds of save (a work item added to a coordinator's unit, a milestone marked met, rectification
/// progress). Each save is registered, before it is sent, with every circuit whose page subscribes to that change
/// (the pages' own <c>Concerns</c> rules); latency = first render batch on that circuit after the send.
/// </summary>
public static class CapacityBenchmark
{
    private static readonly PageType[] OpeningOrder = [PageType.Wall, PageType.Overview, PageType.Rectification, PageType.Results, PageType.WorkItems, PageType.Ledger];

    public static async Task<int> RunAsync(BenchOptions data, CapacityOptions options)
    {
        Console.WriteLine($"capacity run · circuits={options.Circuits:N0} · {options.Seconds} s of saves every {options.SaveIntervalMs} ms · {Environment.ProcessorCount} cores");
        await DataGenerator.EnsureAsync(data);
        var coordinatorUnits = await CoordinatorAccounts.EnsureAsync(data.DataFolder, options.Coordinators);
        var rectification = await CoordinatorAccounts.RectificationInProgressAsync(data.DataFolder, 5000);
        var surveyId = await CoordinatorAccounts.SurveyIdAsync(data.DataFolder);

        await using var server = new LiveServer(data.DataFolder);
        await server.StartAsync();
        var process = ServerProcess.Find(server.BaseUrl);
        var admin = await SignedInUser.SignInAsync(server.BaseUrl, "admin");
        var office = await SignedInUser.SignInAsync(server.BaseUrl, "office");
        var wall = await SignedInUser.SignInAsync(server.BaseUrl, "wall");
        var coordinators = new SignedInUser[coordinatorUnits.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, coordinatorUnits.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            coordinators[i] = await SignedInUser.SignInAsync(server.BaseUrl, CoordinatorAccounts.UserName(i + 1)));
        Console.WriteLine($"signed in: admin, office, wall and {coordinators.Length} coordinators");

        var plan = Plan(options.Circuits, coordinatorUnits.Count, options.OfficeShare);
        (SignedInUser User, string Path, int? UnitId) Target(PageType page, int index) => page switch
        {
            PageType.Wall => (wall, "wall", null),
            PageType.Overview => (office, "campaigns/1", null),
            PageType.Rectification => (office, "rectification", null),
            PageType.Results => (office, $"satisfaction/{surveyId}", null),
            PageType.WorkItems => (coordinators[index % coordinators.Length], $"units/{coordinatorUnits[index % coordinators.Length]}/work-items", coordinatorUnits[index % coordinators.Length]),
            _ => (coordinators[index % coordinators.Length], "commitments", null),
        };

        // Warm-up, not measured: each page once (JIT, EF Core query compilation), then one save of each kind.
        var saves = new SaveRotation(office, coordinatorUnits, await OpenMilestoneUnitsAsync(office), rectification);
        foreach (var page in OpeningOrder.Where(p => plan[p] > 0))
        {
            var (user, path, _) = Target(page, 0);
            try
            {
                await using var warm = await BlazorCircuit.StartAsync(user, path, timeout: TimeSpan.FromMinutes(3));
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                Console.WriteLine(string.Join("\n", server.Log.TakeLast(40)));
                throw;
            }
        }

        for (var i = 0; i < 3; i++)
        {
            await saves.NextAsync(-1 - i, _ => { });
        }

        await Task.Delay(TimeSpan.FromSeconds(7)); // warm-up circuits gone (the server keeps a closed one for 5 s here)
        var baseline = await MemoryAsync(admin);
        Console.WriteLine($"baseline: managed heap {baseline.Managed / 1048576.0:F1} MB, resident {process.ResidentMegabytes():F0} MB");

        // Open the circuits page type by page type, with the managed heap after a full GC after each group.
        var tracked = new List<Tracked>();
        var kbPerCircuit = new Dictionary<PageType, double>();
        var failures = new ConcurrentQueue<string>();
        var openWatch = Stopwatch.StartNew();
        var previous = baseline.Managed;
        var unopened = 0;
        foreach (var page in OpeningOrder)
        {
            var count = plan[page];
            if (count == 0)
            {
                kbPerCircuit[page] = double.NaN;
                continue;
            }

            var group = new ConcurrentBag<Tracked>();
            var watch = Stopwatch.StartNew();
            using var budget = new CancellationTokenSource();
            if (options.OpenSeconds > 0)
            {
                budget.CancelAfter(TimeSpan.FromSeconds(Math.Max(30, options.OpenSeconds * (double)count / options.Circuits)));
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.StartConcurrency, CancellationToken = budget.Token };
            try
            {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, cancellationToken) =>
            {
                var (user, path, unitId) = Target(page, i);
                try
                {
                    var circuit = await BlazorCircuit.StartAsync(user, path, timeout: TimeSpan.FromMinutes(2), cancellationToken: cancellationToken);
                    var item = new Tracked(circuit, page, unitId);
                    circuit.BatchReceived += (_, at) => item.OnBatch(at);
                    group.Add(item);
                }
                catch (Exception ex) when (budget.IsCancellationRequested && ex is OperationCanceledException or TimeoutException or IOException or HttpRequestException)
                {
                    // cut off by the opening budget: counted as not opened, not as a failure
                }
                catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or IOException or TaskCanceledException)
                {
                    failures.Enqueue($"{page}: {ex.GetType().Name}: {ex.Message}");
                }
            });
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested)
            {
                unopened += count - group.Count;
                Console.WriteLine($"opening budget spent: {group.Count} of {count} × {page} opened");
            }

            tracked.AddRange(group);
            var memory = await MemoryAsync(admin);
            kbPerCircuit[page] = group.IsEmpty ? double.NaN : (memory.Managed - previous) / 1024.0 / group.Count;
            previous = memory.Managed;
            Console.WriteLine($"opened {group.Count,5} × {page,-13} in {watch.Elapsed.TotalSeconds,5:F1} s · {kbPerCircuit[page],6:F0} KB per circuit · heap {memory.Managed / 1048576.0:F0} MB · subscriptions {memory.Subscribers}");
        }

        var all = await MemoryAsync(admin);
        var averageKb = (all.Managed - baseline.Managed) / 1024.0 / Math.Max(1, tracked.Count);
        Console.WriteLine($"{tracked.Count:N0} circuits open in {openWatch.Elapsed.TotalSeconds:F0} s ({failures.Count} failed, {unopened} not opened within the budget) · {averageKb:F0} KB per circuit over the mix · resident {process.ResidentMegabytes():F0} MB");
        foreach (var failure in failures.Take(5))
        {
            Console.WriteLine("  failed: " + failure);
        }

        var idleCpu = process.CpuSeconds();
        await Task.Delay(TimeSpan.FromSeconds(10));
        var idlePct = (process.CpuSeconds() - idleCpu) / 10.0 / Environment.ProcessorCount * 100;
        Console.WriteLine($"idle, 10 s: server CPU {idlePct:F1}% of {Environment.ProcessorCount} cores");

        // The measured phase: a save every interval; fresh circuits of each main page opened meanwhile (first render under load).
        var concerned = Concern.Build(tracked);
        var failedSaves = 0;
        foreach (var item in tracked)
        {
            item.StartMeasuring();
        }

        var cpuStart = process.CpuSeconds();
        var phase = Stopwatch.StartNew();
        var firstRenders = OpenProbesAsync(Target, OpeningOrder.Where(p => plan[p] > 0).ToList(), TimeSpan.FromSeconds(Math.Min(5, options.Seconds / 4.0)));
        var inFlight = new List<Task>();
        using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.SaveIntervalMs)))
        {
            var index = 0;
            while (phase.Elapsed < TimeSpan.FromSeconds(options.Seconds) && await timer.WaitForNextTickAsync())
            {
                var saveIndex = index++;
                inFlight.Add(Task.Run(async () =>
                {
                    if (!await saves.NextAsync(saveIndex, save => concerned.Register(save)))
                    {
                        Interlocked.Increment(ref failedSaves);
                    }
                }));
            }
        }

        await Task.WhenAll(inFlight);
        var cpuSeconds = process.CpuSeconds() - cpuStart;
        var elapsed = phase.Elapsed.TotalSeconds;
        var probes = await firstRenders;
        await Task.Delay(CapacityOptions.LostAfter); // every concerned circuit has had its chance
        var cpuPct = cpuSeconds / elapsed / Environment.ProcessorCount * 100;

        // Results.
        var latencies = tracked.SelectMany(t => t.Latencies.Select(l => (t.Page, l))).ToList();
        var lost = tracked.Sum(t => t.Lost(CapacityOptions.LostAfter));
        var samples = latencies.Select(l => l.l).ToList();
        var unconcerned = tracked.Where(t => t.Page is PageType.Results or PageType.Ledger).Sum(t => t.BatchesWhileMeasuring);
        var disconnected = tracked.Count(t => !t.Circuit.IsConnected);
        Console.WriteLine();
        Console.WriteLine($"saves: {saves.Sent} sent ({failedSaves} failed: {string.Join("; ", saves.Failures.Take(3))}) · server CPU {cpuSeconds:F1} s in {elapsed:F0} s = {cpuPct:F0}% of {Environment.ProcessorCount} cores");
        Console.WriteLine($"render batches on pages no save concerned (results, ledger): {unconcerned} · circuits disconnected: {disconnected}");
        Console.WriteLine("| page | circuits | KB per circuit | edit-to-render p50 / p95 / p99 (samples) | first render under load: page / live |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var page in OpeningOrder)
        {
            var pageSamples = latencies.Where(l => l.Page == page).Select(l => l.l).ToList();
            var render = probes.GetValueOrDefault(page);
            var latency = pageSamples.Count == 0 ? "— (no save concerns it)" : $"{P(pageSamples, 50):F0} / {P(pageSamples, 95):F0} / {P(pageSamples, 99):F0} ms ({pageSamples.Count:N0})";
            Console.WriteLine($"| {page} | {plan[page]:N0} | {kbPerCircuit[page]:F0} | {latency} | {render.Page:F0} / {render.Live:F0} ms |");
        }

        foreach (var line in server.Log.Where(l => l.Contains("fail:", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal)).Take(10))
        {
            Console.WriteLine("server: " + line);
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"capacity: circuits={tracked.Count} p50_ms={P(samples, 50):F0} p95_ms={P(samples, 95):F0} p99_ms={P(samples, 99):F0} lost={lost} kb_per_circuit={averageKb:F0} cpu_pct={cpuPct:F0}");
        await File.AppendAllTextAsync(Path.Combine(Directory.CreateDirectory(Path.Combine(Paths.RepositoryRoot, "artifacts", "capacity")).FullName, "runs.txt"),
            $"{DateTimeOffset.UtcNow:u} {summary} idle_cpu_pct={idlePct:F1} first_render_live_max_ms={probes.Values.Select(p => p.Live).DefaultIfEmpty(double.NaN).Max():F0} failed_circuits={failures.Count} unopened={unopened} asked={options.Circuits} saves={saves.Sent}\n");
        foreach (var item in tracked)
        {
            await item.Circuit.DisposeAsync();
        }

        Console.WriteLine(summary);
        return lost == 0 && failures.IsEmpty ? 0 : 1;
    }

    private static double P(List<double> samples, double p) => BenchOptions.Percentile(samples, p);

    /// <summary>The mix: 10% walls, 20% office pages (a third each), the rest coordinators (half grid, half ledger).</summary>
    private static Dictionary<PageType, int> Plan(int circuits, int coordinators, double officeShare)
    {
        var walls = (int)Math.Round(circuits * 0.10);
        var office = (int)Math.Round(circuits * officeShare);
        var coordinator = circuits - walls - office;
        return new Dictionary<PageType, int>
        {
            [PageType.Wall] = walls,
            [PageType.Overview] = office - 2 * (office / 3),
            [PageType.Rectification] = office / 3,
            [PageType.Results] = office / 3,
            [PageType.WorkItems] = coordinators == 0 ? 0 : coordinator - coordinator / 2,
            [PageType.Ledger] = coordinators == 0 ? 0 : coordinator / 2,
        };
    }

    /// <summary>While the saves run: three fresh circuits of each main page, one after another; medians of their timings.</summary>
    private static async Task<Dictionary<PageType, (double Page, double Live)>> OpenProbesAsync(Func<PageType, int, (SignedInUser User, string Path, int? UnitId)> target, List<PageType> pages, TimeSpan after)
    {
        await Task.Delay(after);
        var result = new Dictionary<PageType, (double, double)>();
        foreach (var page in pages)
        {
            var loaded = new List<double>();
            var lives = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var (user, path, _) = target(page, i + 1);
                try
                {
                    await using var probe = await BlazorCircuit.StartAsync(user, path, timeout: TimeSpan.FromMinutes(1));
                    loaded.Add(probe.Timings.PageLoaded.TotalMilliseconds);
                    lives.Add(probe.Timings.Live.TotalMilliseconds);
                }
                catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or InvalidOperationException or HttpRequestException or IOException)
                {
                    // no first render within the probe's minute on a saturated server: recorded as never
                    lives.Add(double.PositiveInfinity);
                }
            }

            result[page] = (BenchOptions.Percentile(loaded, 50), BenchOptions.Percentile(lives, 50));
        }

        return result;
    }

    private static async Task<(long Managed, int Subscribers)> MemoryAsync(SignedInUser admin)
    {
        using var json = JsonDocument.Parse(await admin.Http.GetStringAsync("api/diagnostics/memory"));
        return (json.RootElement.GetProperty("managedBytes").GetInt64(), json.RootElement.GetProperty("subscribers").GetInt32());
    }

    /// <summary>Units that have not met the third milestone yet, so each mark is a real change.</summary>
    private static async Task<List<int>> OpenMilestoneUnitsAsync(SignedInUser office)
    {
        using var json = JsonDocument.Parse(await office.Http.GetStringAsync("api/campaigns/1/overview"));
        return json.RootElement.GetProperty("units").EnumerateArray()
            .Where(u => u.GetProperty("cells")[2].GetProperty("metOn").ValueKind == JsonValueKind.Null)
            .Select(u => u.GetProperty("unitId").GetInt32())
            .Reverse()
            .ToList();
    }

    /// <summary>A save: what changed, for which unit, and when it was sent (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public sealed record Save(int Index, ChangeOfSave Kind, int UnitId, long SentAt);

    public enum ChangeOfSave
    {
        WorkItemAdded,
        MilestoneMet,
        RectificationProgress,
    }

    /// <summary>The office's saves in rotation; each is announced to the concerned circuits just before it is sent.</summary>
    private sealed class SaveRotation(SignedInUser office, IReadOnlyList<int> coordinatorUnits, List<int> openMilestoneUnits, List<(int Id, int Version, int UnitId)> rectification)
    {
        private int _sent;
        private int _workItemUnit;
        private int _milestone;
        private int _rectification;

        public int Sent => _sent;

        public ConcurrentQueue<string> Failures { get; } = new();

        public async Task<bool> NextAsync(int index, Action<Save> announce)
        {
            var kind = (ChangeOfSave)(Math.Abs(index) % 3);
            HttpRequestMessage request;
            int unitId;
            switch (kind)
            {
                case ChangeOfSave.WorkItemAdded:
                    unitId = coordinatorUnits[Interlocked.Increment(ref _workItemUnit) % coordinatorUnits.Count];
                    request = new HttpRequestMessage(HttpMethod.Post, $"api/campaigns/1/units/{unitId}/work-items")
                    {
                        Content = JsonContent.Create(new { title = $"压测事项{index}", kind = "Other", plannedDate = "2014-05-20" }),
                    };
                    break;
                case ChangeOfSave.MilestoneMet:
                    var next = Interlocked.Increment(ref _milestone);
                    if (next >= openMilestoneUnits.Count)
                    {
                        Failures.Enqueue("no unit left with the milestone open");
                        return false;
                    }

                    unitId = openMilestoneUnits[next];
                    request = new HttpRequestMessage(HttpMethod.Post, $"api/milestones/3/units/{unitId}/met") { Content = JsonContent.Create(new { metOn = "2014-04-10", note = "压测" }) };
                    break;
                default:
                    var item = rectification[Interlocked.Increment(ref _rectification) % rectification.Count];
                    unitId = item.UnitId;
                    request = new HttpRequestMessage(HttpMethod.Post, $"api/rectification/{item.Id}/progress") { Content = JsonContent.Create(new { expectedVersion = item.Version, percent = 50 + index % 50 }) };
                    break;
            }

            var save = new Save(index, kind, unitId, Stopwatch.GetTimestamp());
            announce(save);
            using (request)
            {
                using var response = await office.Http.SendAsync(request);
                Interlocked.Increment(ref _sent);
                if (!response.IsSuccessStatusCode)
                {
                    Failures.Enqueue($"{kind} {unitId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    Concern.Withdraw(save);
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Which open circuits each save concerns: the pages' own subscription rules, for campaign 1.</summary>
    private sealed class Concern
    {
        private static Concern? s_current;
        private readonly List<Tracked> _everyChange;
        private readonly List<Tracked> _rectification;
        private readonly ILookup<int, Tracked> _gridsByUnit;

        private Concern(List<Tracked> tracked)
        {
            // The wall and the overview reload on any change of their campaign; the rectification list on any
            // rectification change; a unit's work-item grid on its own unit's work items; the survey results and the
            // commitment ledger on none of these saves.
            _everyChange = tracked.Where(t => t.Page is PageType.Wall or PageType.Overview).ToList();
            _rectification = tracked.Where(t => t.Page == PageType.Rectification).ToList();
            _gridsByUnit = tracked.Where(t => t.Page == PageType.WorkItems).ToLookup(t => t.UnitId!.Value);
        }

        public static Concern Build(List<Tracked> tracked) => s_current = new Concern(tracked);

        public void Register(Save save)
        {
            foreach (var item in Of(save))
            {
                item.Expect(save);
            }
        }

        public static void Withdraw(Save save)
        {
            foreach (var item in s_current?.Of(save) ?? [])
            {
                item.Forget(save);
            }
        }

        private IEnumerable<Tracked> Of(Save save) => save.Kind switch
        {
            ChangeOfSave.WorkItemAdded => _everyChange.Concat(_gridsByUnit[save.UnitId]),
            ChangeOfSave.RectificationProgress => _everyChange.Concat(_rectification),
            _ => _everyChange,
        };
    }

    /// <summary>One open circuit, the saves it is waiting to see and the latencies it saw.</summary>
    private sealed class Tracked(BlazorCircuit circuit, PageType page, int? unitId)
    {
        private readonly List<Save> _pending = [];
        private readonly List<double> _latencies = [];
        private bool _measuring;
        private long _batchesWhileMeasuring;

        public BlazorCircuit Circuit { get; } = circuit;

        public PageType Page { get; } = page;

        public int? UnitId { get; } = unitId;

        public long BatchesWhileMeasuring => Interlocked.Read(ref _batchesWhileMeasuring);

        public IReadOnlyList<double> Latencies
        {
            get
            {
                lock (_pending)
                {
                    return _latencies.ToList();
                }
            }
        }

        public void StartMeasuring()
        {
            lock (_pending)
            {
                _measuring = true;
            }
        }

        public void Expect(Save save)
        {
            lock (_pending)
            {
                _pending.Add(save);
            }
        }

        public void Forget(Save save)
        {
            lock (_pending)
            {
                _pending.Remove(save);
            }
        }

        /// <summary>A batch answers every save sent before it arrived.</summary>
        public void OnBatch(long at)
        {
            lock (_pending)
            {
                if (_measuring)
                {
                    _batchesWhileMeasuring++;
                }

                for (var i = _pending.Count - 1; i >= 0; i--)
                {
                    if (_pending[i].SentAt <= at)
                    {
                        _latencies.Add(Stopwatch.GetElapsedTime(_pending[i].SentAt, at).TotalMilliseconds);
                        _pending.RemoveAt(i);
                    }
                }
            }
        }

        /// <summary>Saves never answered, or answered later than <paramref name="limit"/>.</summary>
        public int Lost(TimeSpan limit)
        {
            lock (_pending)
            {
                return _pending.Count + _latencies.Count(l => l > limit.TotalMilliseconds);
            }
        }
    }
}
