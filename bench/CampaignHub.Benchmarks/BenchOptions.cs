using System.Globalization;

namespace CampaignHub.Benchmarks;

public sealed record BenchOptions(int Units, int Items, int Answers, int Walls, int Edits, string DataFolder, string WallPath, bool LiveOnly, string ReadySelector, (int Width, int Height)? TabSize)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var units = Number("--units", 2000);
        var items = Number("--items", 200_000);
        var answers = Number("--answers", 1_000_000);
        var folder = Value("--data", Path.Combine(Path.GetTempPath(), $"campaignhub-bench-{units}-{items}-{answers}"));
        return new BenchOptions(units, items, answers, Number("--walls", 10), Number("--edits", 20), Path.GetFullPath(folder), Value("--path", "wall"), args.Contains("--live-only"), Value("--ready", "[data-interactive=true] [data-testid=wall-headline]"), Size(Value("--tab-size", "")));
    }

    /// <summary>"480x270" → (480, 270); empty → none (every wall tab is 1920×1080).</summary>
    private static (int Width, int Height)? Size(string value)
    {
        var parts = value.Split('x');
        return parts.Length == 2 ? (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)) : null;
    }

    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
