using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignHub.Benchmarks.Circuits;

/// <summary>How long a circuit took to come up: the prerendered page, then the first render batch of the live circuit.</summary>
public sealed record CircuitTimings(TimeSpan PageLoaded, TimeSpan Live);

/// <summary>
/// One live Blazor Server circuit driven at the protocol level, as blazor.web.js drives it (and as the Ignitor client
/// in dotnet/aspnetcore did): GET the page, read the prerendered root-component markers
/// (<c>&lt;!--Blazor:{…}--&gt;</c>) and the persisted application state (<c>&lt;!--Blazor-Server-Component-State:…--&gt;</c>),
/// open <c>/_blazor</c> over WebSockets with the blazorpack protocol, <c>StartCircuit</c>, then hand the markers over
/// with <c>UpdateRootComponents</c>. Every <c>JS.RenderBatch</c> is acknowledged with <c>OnRenderCompleted</c> as the
/// browser does (the server holds back further batches while too many are unacknowledged); JS interop calls are
/// answered at once (no DOM here) so the circuit never waits on a browser; UI events go through the renderer's
/// interop object (<c>DispatchEventAsync</c>), as in the browser.
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private static long s_nextJsObjectId = 1_000_000;

    private readonly HubConnection _connection;
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, RenderedElement> _elementsByTestId = new(StringComparer.Ordinal);
    private long _batches;
    private long _lastBatchAt;
    private long _nextCallId;
    private long _rendererInteropObjectId = -1;

    private BlazorCircuit(SignedInUser user, string path, bool captureBatches)
    {
        User = user;
        Path = path;
        CaptureBatches = captureBatches;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(user.BaseUrl, "_blazor"), options =>
            {
                // WebSockets straight away, as the browser ends up using; the account's cookie authenticates the socket.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Cookies = user.Cookies;
                options.HttpMessageHandlerFactory = _ => new SharedHandler(user.Handler);
            })
            .ConfigureLogging(logging =>
            {
                if (Environment.GetEnvironmentVariable("BENCH_TRACE") is not null)
                {
                    logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Debug);
                }
            });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackHubProtocol());
        _connection = builder.Build();
        _connection.ServerTimeout = TimeSpan.FromMinutes(2); // a saturated server must not look like a dead one
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatch);
        // (task id, identifier, arguments JSON, result type, target instance id, call type): .NET 10 sends six.
        _connection.On<long, string, string?, int, long, int>("JS.BeginInvokeJS", (taskId, identifier, argsJson, resultType, _, _) => OnBeginInvokeJS(taskId, identifier, argsJson, resultType));
        _connection.On<string, bool, string?>("JS.EndInvokeDotNet", (_, _, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.On<string>("JS.Error", error => Errors.Enqueue(error));
    }

    public SignedInUser User { get; }

    public string Path { get; }

    public bool CaptureBatches { get; }

    public CircuitTimings Timings { get; private set; } = new(TimeSpan.Zero, TimeSpan.Zero);

    public string? CircuitId { get; private set; }

    /// <summary>Render batches received (and acknowledged) so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary><see cref="Stopwatch.GetTimestamp"/> of the last render batch received.</summary>
    public long LastBatchAt => Interlocked.Read(ref _lastBatchAt);

    /// <summary>The batches themselves, when <see cref="CaptureBatches"/> (for tests: what text did a batch carry).</summary>
    public ConcurrentQueue<RenderBatchReader> Captured { get; } = new();

    /// <summary>Errors the server reported for this circuit (<c>JS.Error</c>).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Raised on the connection's receive loop for each batch, with its arrival timestamp.</summary>
    public event Action<BlazorCircuit, long>? BatchReceived;

    /// <summary>The JS interop calls the app made, by identifier (all circuits): what a browser would have run.</summary>
    public static ConcurrentDictionary<string, int> InteropCalls { get; } = new(StringComparer.Ordinal);

    public bool IsConnected => _connection.State == HubConnectionState.Connected;

    /// <summary>Loads <paramref name="path"/> as <paramref name="user"/> and starts its circuit; returns once the first render batch arrived.</summary>
    public static async Task<BlazorCircuit> StartAsync(SignedInUser user, string path, bool captureBatches = false, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var circuit = new BlazorCircuit(user, path, captureBatches);
        try
        {
            await circuit.StartCoreAsync(timeout ?? TimeSpan.FromSeconds(60), cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    private async Task StartCoreAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Accept.ParseAdd("text/html"); // as a browser navigates
        using var response = await User.Http.SendAsync(request, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = System.Text.RegularExpressions.Regex.Match(html, "[A-Za-z.]+Exception: [^<]{0,400}").Value;
            await File.WriteAllTextAsync(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "blazor-circuit-error.html"), html, cancellationToken);
            throw new InvalidOperationException($"GET {Path} as {User.UserName}: {(int)response.StatusCode} {System.Net.WebUtility.HtmlDecode(error)}");
        }

        var pageLoaded = watch.Elapsed;
        var markers = ComponentMarker().Matches(html)
            .Select(m => m.Groups[1].Value)
            .Where(json => json.Contains("\"type\":\"server\"", StringComparison.Ordinal))
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET {Path} as {User.UserName}: no interactive server component on the page");
        }

        var applicationState = ApplicationState().Match(html) is { Success: true } state ? state.Groups[1].Value : string.Empty;
        await _connection.StartAsync(cancellationToken);
        var pageUri = new Uri(User.BaseUrl, Path).ToString();
        CircuitId = await _connection.InvokeAsync<string?>("StartCircuit", User.BaseUrl.ToString(), pageUri, "[]", applicationState, cancellationToken)
            ?? throw new InvalidOperationException($"the server refused the circuit for {Path}: {string.Join("; ", Errors)}");

        // The web script's first root-component update: every prerendered server component, with the page's state.
        var operations = markers.Select((marker, index) => $"{{\"type\":\"add\",\"ssrComponentId\":{index + 1},\"marker\":{marker}}}");
        await _connection.SendAsync("UpdateRootComponents", $"{{\"batchId\":1,\"operations\":[{string.Join(',', operations)}]}}", applicationState, cancellationToken);
        var first = await Task.WhenAny(_firstBatch.Task, Task.Delay(timeout, cancellationToken));
        if (first != _firstBatch.Task)
        {
            throw new TimeoutException($"no render batch within {timeout.TotalSeconds:F0} s for {Path} ({string.Join("; ", Errors)})");
        }

        Timings = new CircuitTimings(pageLoaded, watch.Elapsed);
    }

    private void OnRenderBatch(long batchId, byte[] data)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Exchange(ref _lastBatchAt, now);
        Interlocked.Increment(ref _batches);

        // Acknowledge as blazor.web.js does once the batch is applied; the server keeps at most a few unacknowledged.
        _ = AcknowledgeAsync(batchId);
        if (CaptureBatches)
        {
            var batch = new RenderBatchReader(data);
            Captured.Enqueue(batch);
            foreach (var element in batch.Elements())
            {
                if (element.Attributes.TryGetValue("data-testid", out var testId) && testId is not null)
                {
                    _elementsByTestId[testId] = element;
                }
            }
        }

        BatchReceived?.Invoke(this, now);
        _firstBatch.TrySetResult();
    }

    private async Task AcknowledgeAsync(long batchId)
    {
        try
        {
            await _connection.SendAsync("OnRenderCompleted", batchId, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
        {
            // the connection is closing; the browser ignores this too
        }
    }

    /// <summary>
    /// The app's JS calls (renderer set-up, navigation, MudBlazor's DOM helpers) get the answer an idle browser would
    /// give: done, with no value; a JS module import gets an object reference, so later calls on it are answered too.
    /// </summary>
    private void OnBeginInvokeJS(long taskId, string identifier, string? argsJson, int resultType)
    {
        InteropCalls.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        if (identifier == "Blazor._internal.attachWebRendererInterop" && argsJson is not null)
        {
            // [rendererId, DotNetObjectReference to the renderer's interop methods, …]: events are dispatched through it.
            using var args = JsonDocument.Parse(argsJson);
            Interlocked.Exchange(ref _rendererInteropObjectId, args.RootElement[1].GetProperty("__dotNetObject").GetInt64());
        }

        if (taskId == 0)
        {
            return;
        }

        const int JSObjectReferenceResult = 1;
        var result = resultType == JSObjectReferenceResult ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref s_nextJsObjectId)}}}" : "null";
        _ = CompleteJSCallAsync(taskId, result);
    }

    private async Task CompleteJSCallAsync(long taskId, string resultJson)
    {
        try
        {
            await _connection.SendAsync("EndInvokeJSFromDotNet", taskId, true, $"[{taskId},true,{resultJson}]");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException)
        {
            // the connection is closing
        }
    }

    /// <summary>The latest rendered element carrying <c>data-testid</c> = <paramref name="testId"/> (needs <see cref="CaptureBatches"/>).</summary>
    public RenderedElement? Element(string testId) => _elementsByTestId.TryGetValue(testId, out var element) ? element : null;

    /// <summary>Raises a UI event as blazor.web.js does: the renderer's <c>DispatchEventAsync</c> with the event descriptor and its arguments.</summary>
    public Task DispatchEventAsync(ulong eventHandlerId, string eventName, object eventArgs)
    {
        var interop = Interlocked.Read(ref _rendererInteropObjectId);
        if (interop < 0)
        {
            throw new InvalidOperationException("the renderer has not attached its interop methods yet");
        }

        var arguments = JsonSerializer.Serialize(new object[] { new { eventHandlerId, eventName, eventFieldInfo = (object?)null }, eventArgs });
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", interop, arguments);
    }

    /// <summary>Clicks the element with <c>data-testid</c> = <paramref name="testId"/>.</summary>
    public Task ClickAsync(string testId)
    {
        var element = Element(testId) ?? throw new InvalidOperationException($"no rendered element with data-testid={testId}");
        if (!element.EventHandlers.TryGetValue("onclick", out var handler))
        {
            throw new InvalidOperationException($"data-testid={testId} has no click handler");
        }

        return DispatchEventAsync(handler, "click", new { type = "click", detail = 1, button = 0, buttons = 0, clientX = 0, clientY = 0, screenX = 0, screenY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0, movementX = 0, movementY = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false });
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the time is up; true when it held.</summary>
    public async Task<bool> WaitUntilAsync(Func<BlazorCircuit, bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex ComponentMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex ApplicationState();

    /// <summary>Lets every connection of one account use the account's handler without disposing it on close.</summary>
    private sealed class SharedHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            // the account owns the inner handler
        }
    }
}
