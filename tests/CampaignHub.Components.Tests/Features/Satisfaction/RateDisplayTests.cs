using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Satisfaction.Components;

namespace CampaignHub.Components.Tests.Features.Satisfaction;

/// <summary>Rates as tables and charts: 样本不足 below the minimum sample, 保密 while sealed, the formula beside them.</summary>
public sealed class RateDisplayTests : ComponentTestContext
{
    private static RateDto Rate(int satisfied, int basically, int dissatisfied, int dontKnow, int minimum = 30)
    {
        var valid = satisfied + basically + dissatisfied;
        decimal? rate = valid >= minimum ? (decimal)(satisfied + basically) / valid : null;
        var display = rate is { } r ? SatisfactionRate.FormatPercent(r) : SatisfactionRate.SampleInsufficientText;
        return new RateDto(satisfied, basically, dissatisfied, dontKnow, minimum, rate, display, $"（{satisfied} + {basically}）÷ {valid} = {display}");
    }

    [Fact]
    public void Rate_table_shows_the_rate_样本不足_below_the_minimum_and_保密_while_sealed()
    {
        IReadOnlyList<TrendPointDto> history =
        [
            new(1, "2014年一季度满意度测评", Rate(20, 9, 11, 2)),
            new(2, "2014年4月满意度测评", Rate(5, 3, 2, 0)),
            new(3, "区城管局整改复测", null),
        ];

        var table = Render<RateTable>(p => p.Add(c => c.Rows, RateTable.Of(history)).Add(c => c.NameHeader, "测评").Add(c => c.TestId, "unit-rate-history"));

        string RateOf(string name) => table.Find($"[data-testid=unit-rate-history-row][data-name='{name}'] [data-testid=rate]").TextContent.Trim();
        Assert.Equal("72.5%", RateOf("2014年一季度满意度测评"));
        Assert.Equal("样本不足", RateOf("2014年4月满意度测评"));
        Assert.Equal("保密", RateOf("区城管局整改复测"));
        var sealedRow = table.Find("[data-testid=unit-rate-history-row][data-name='区城管局整改复测']");
        Assert.DoesNotContain(sealedRow.QuerySelectorAll("td"), td => td.TextContent.Any(char.IsDigit));
    }

    [Fact]
    public void Rate_table_of_many_units_shows_a_page_at_a_time()
    {
        var units = Enumerable.Range(1, 120).Select(i => new NamedRateDto(i, $"单位{i}", Rate(30, 5, 5, 0), BelowThreshold: false)).ToList();

        var table = Render<RateTable>(p => p.Add(c => c.Rows, RateTable.Of(units)).Add(c => c.NameHeader, "单位").Add(c => c.TestId, "unit-rates").Add(c => c.PageSize, 50));

        Assert.Equal(50, table.FindAll("[data-testid=unit-rates-row]").Count);
        Assert.Equal("单位1", table.FindAll("[data-testid=unit-rates-row]")[0].GetAttribute("data-name"));
        table.FindAll("[data-testid=unit-rates-pages] button").First(b => b.TextContent.Trim() == "3").Click();
        Assert.Equal(20, table.FindAll("[data-testid=unit-rates-row]").Count);
        Assert.Equal("单位101", table.FindAll("[data-testid=unit-rates-row]")[0].GetAttribute("data-name"));
    }

    [Fact]
    public void Rate_chart_of_many_units_draws_the_first_ones_and_says_how_many_are_left_out()
    {
        IReadOnlyList<(string, RateDto?)> items = Enumerable.Range(1, 80).Select(i => ($"单位{i}", (RateDto?)Rate(30, 5, 5, 0))).ToList();

        var chart = Render<RateChart>(p => p.Add(c => c.Items, items).Add(c => c.MaxBars, 50));

        Assert.Contains("排在最前的 50 项，另有 30 项", chart.Find("[data-testid=chart-omitted]").TextContent);
    }

    [Fact]
    public void Rate_chart_names_at_most_thirty_units_with_too_few_answers_and_counts_the_rest()
    {
        IReadOnlyList<(string, RateDto?)> items = Enumerable.Range(1, 45).Select(i => ($"单位{i}", (RateDto?)Rate(1, 0, 0, 0))).ToList();

        var chart = Render<RateChart>(p => p.Add(c => c.Items, items));

        var text = chart.Find("[data-testid=chart-insufficient]").TextContent;
        Assert.Contains("单位30等45项", text);
        Assert.DoesNotContain("单位31", text);
    }

    [Fact]
    public void Rate_table_marks_a_unit_below_the_threshold_and_links_each_name()
    {
        IReadOnlyList<NamedRateDto> units = [new(12, "区城管局", Rate(20, 9, 11, 2), BelowThreshold: true), new(13, "区个私协会", Rate(3, 1, 0, 0), BelowThreshold: false)];

        var table = Render<RateTable>(p => p.Add(c => c.Rows, RateTable.Of(units)).Add(c => c.NameHeader, "单位").Add(c => c.TestId, "unit-rates").Add(c => c.LinkOf, r => $"supervision/units/{r.Key}"));

        Assert.Contains("ch-rate-low", table.Find("[data-name='区城管局'] [data-testid=rate]").ClassName);
        Assert.Contains("ch-rate-insufficient", table.Find("[data-name='区个私协会'] [data-testid=rate]").ClassName);
        Assert.Equal("supervision/units/12", table.Find("[data-name='区城管局'] a").GetAttribute("href"));
    }

    [Fact]
    public void Rate_chart_draws_the_rates_shows_the_formula_and_lists_what_it_cannot_draw()
    {
        IReadOnlyList<(string, RateDto?)> items = [("秣陵街道", Rate(30, 10, 5, 1)), ("区个私协会", Rate(3, 1, 0, 0)), ("东山街道", null)];

        var chart = Render<RateChart>(p => p.Add(c => c.Items, items));

        Assert.Contains(SatisfactionRate.Formula, chart.Find("[data-testid=chart-formula]").TextContent);
        Assert.Contains("区个私协会", chart.Find("[data-testid=chart-insufficient]").TextContent);
        Assert.Contains("样本不足", chart.Find("[data-testid=chart-insufficient]").TextContent);
        Assert.Contains("东山街道", chart.Find("[data-testid=chart-sealed]").TextContent);
        Assert.Contains("保密", chart.Find("[data-testid=chart-sealed]").TextContent);
        Assert.NotEmpty(chart.FindAll("svg"));
    }
}
