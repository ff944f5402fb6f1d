using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>
/// axe-core (Deque's engine) on the page as it is now, with the WCAG 2.1 A and AA rules only — the level
/// GB/T 37668-2019 asks of public pages. A serious or critical finding is a failure; each is reported with its
/// rule, impact, the elements' selectors and the page.
/// </summary>
public static class AxeAudit
{
    private static readonly string[] Blocking = ["serious", "critical"];

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task<IReadOnlyList<AxeFinding>> BlockingFindingsAsync(IPage page, string label)
    {
        var result = await page.RunAxe(WcagAa);
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => new AxeFinding(label, v.Id, v.Impact, n.Target?.ToString() ?? "?", Detail(v, n))))
            .ToList();
    }

    // The failing check's own words (for contrast: the two colours and the ratio), else the rule's help text.
    private static string Detail(AxeResultItem rule, AxeResultNode node) =>
        node.Any?.Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m)) ?? rule.Help;

    /// <summary>Counts per impact, written to artifacts/accessibility/ so a run can be compared with the README's figures.</summary>
    public static string Summarise(string group, IReadOnlyCollection<AxeFinding> findings, int pages)
    {
        var serious = findings.Count(f => f.Impact == "serious");
        var critical = findings.Count(f => f.Impact == "critical");
        var rules = string.Join(", ", findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        var summary = $"{group}: {pages} pages, {serious} serious, {critical} critical" + (rules.Length > 0 ? $" ({rules})" : string.Empty);
        var folder = Directory.CreateDirectory(Path.Combine(Paths.RepositoryRoot, "artifacts", "accessibility")).FullName;
        File.WriteAllLines(Path.Combine(folder, group + ".txt"), [summary, .. findings.Select(f => f.ToString())]);
        return summary;
    }
}

public sealed record AxeFinding(string Page, string RuleId, string Impact, string Target, string Detail)
{
    public override string ToString() => $"{Page}: {RuleId} ({Impact}) at {Target} — {Detail}";
}
