using System.Globalization;

namespace CampaignHub.Benchmarks.Capacity;

/// <summary>
/// `capacity --circuits N [--seconds 30] [--save-interval 200] [--coordinators 100] [--start-concurrency 8]
/// [--office-share 0.2] [--open-seconds 0]` (plus the data-set options of <see cref="BenchOptions"/>). The office share is the issue's
/// 20%; at province scale its pages cost seconds of CPU and tens of MB per circuit today (README), so the curve runs
/// with a smaller share can be asked for explicitly. The opening budget (0: none) bounds the time spent opening
/// circuits, shared among the page types by their share of the mix, so a curve point that cannot be reached on this
/// machine is measured with the circuits that did open instead of running for hours.
/// </summary>
public sealed record CapacityOptions(int Circuits, int Seconds, int SaveIntervalMs, int Coordinators, int StartConcurrency, double OfficeShare, int OpenSeconds = 0)
{
    /// <summary>A concerned circuit that has no render batch this long after the save counts as a lost update.</summary>
    public static readonly TimeSpan LostAfter = TimeSpan.FromSeconds(5);

    public static CapacityOptions Parse(string[] args)
    {
        int Number(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var share = Array.IndexOf(args, "--office-share") is var at and >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0.20;
        return new CapacityOptions(Number("--circuits", 1000), Number("--seconds", 30), Number("--save-interval", 200), Number("--coordinators", 100), Number("--start-concurrency", 8), share, Number("--open-seconds", 0));
    }
}
