using AngleSharp.Html.Dom;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>/compare and pay figures over the shipped careers, where the publishers' data has gaps.</summary>
public sealed class CompareShippedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private Task<IHtmlDocument> Compare(string slugs) => site.Page("/compare?careers=" + slugs);

    [Fact]
    public async Task A_career_paid_only_by_the_hour_leaves_the_others_charted_and_says_why_it_is_missing()
    {
        var page = await Compare("accountant-and-auditor,actor,actuary");
        var chart = page.QuerySelector("figure.compare-pay");
        Assert.NotNull(chart);
        Assert.Equal(["Accountant and Auditor", "Actuary"], chart.QuerySelectorAll(".pay-name").Select(s => s.TextContent));
        var note = chart.QuerySelector(".pay-missing")?.TextContent ?? string.Empty;
        Assert.Contains("Actor", note, StringComparison.Ordinal);
        Assert.Contains("by the hour", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_column_header_has_data_cells_under_it_and_rows_nobody_has_are_left_out()
    {
        var page = await Compare("accountant-and-auditor,actor,actuary");
        var columns = page.QuerySelectorAll("table.compare thead th").Length;
        Assert.Equal(3, columns);
        foreach (var row in page.QuerySelectorAll("table.compare tbody tr:not(.group)"))
            Assert.Equal(columns, row.QuerySelectorAll("td").Length);
        var labels = page.QuerySelectorAll("table.compare th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.DoesNotContain("Typical hours", labels);
        foreach (var row in page.QuerySelectorAll("table.compare tbody tr:not(.group)"))
            Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim() != "—");
    }

    [Fact]
    public async Task Money_reads_the_same_way_everywhere()
    {
        var market = await site.Page("/careers/biological-technician/market");
        var text = market.QuerySelector("main")!.TextContent;
        Assert.Contains("$52,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$52k", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\$\d+k\b", text);
    }
}
