using System.Globalization;

namespace CampaignHub.Benchmarks.Capacity;

/// <summary>The app's own process (found by the URL it listens on, as other copies may run on a shared machine) and its CPU time.</summary>
public sealed class ServerProcess(int processId)
{
    public int ProcessId { get; } = processId;

    public static ServerProcess Find(Uri baseUrl)
    {
        var listen = "Urls=" + baseUrl.ToString().TrimEnd('/');
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                if (environment.Contains(listen, StringComparer.Ordinal) && File.ReadAllText(Path.Combine(dir, "comm")).Trim() == "CampaignHub")
                {
                    return new ServerProcess(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile, or not ours to read
            }
        }

        throw new InvalidOperationException("the app's process was not found for " + baseUrl);
    }

    /// <summary>User + system CPU seconds so far (Linux /proc/PID/stat, clock ticks of 1/100 s).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{ProcessId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>Resident memory of the process (MB).</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
