using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>/compare over the made-up fixture careers.</summary>
public sealed class CompareTests(DiscoverySite fixture) : IClassFixture<DiscoverySite>
{
    private Task<IHtmlDocument> Compare(string query) => fixture.Site.Page("/compare" + query);

    private static IElement Row(IHtmlDocument page, string label) =>
        page.QuerySelectorAll("table.compare tbody tr").Single(r => r.QuerySelector("th[scope=row]")?.TextContent == label);

    private static string[] Cells(IElement row) => [.. row.QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task Two_careers_side_by_side_with_pay_growth_routes_and_the_highest_marked()
    {
        var page = await Compare("?careers=orbital-hydroponics-engineer,asteroid-surveyor");
        Assert.Equal("Compare Orbital Hydroponics Engineer vs Asteroid Surveyor · CareerGuide", page.Title);
        Assert.Equal(["Orbital Hydroponics Engineer", "Asteroid Surveyor"], page.QuerySelectorAll("thead th").Select(th => th.TextContent));

        var median = Row(page, "Median pay");
        Assert.Equal(["$95,000 per year highest", "$75,000 per year"], Cells(median));
        Assert.Equal(["+12% by 2035 highest", "+5% by 2034"], Cells(Row(page, "Projected growth")));
        Assert.Equal(["Engineering degree (80%)", "Geology degree (100%)"], Cells(Row(page, "Most common route")));
        Assert.Equal("$80,000–$120,000 (Orbit)", Cells(Row(page, "Pay range"))[0]);
        Assert.Equal("http://localhost:5077/compare?careers=orbital-hydroponics-engineer,asteroid-surveyor",
            page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Skill_ratings_are_aligned_by_skill_with_gaps_shown()
    {
        var page = await Compare("?careers=lunar-greenhouse-technician,orbital-hydroponics-engineer,comet-cartographer");
        Assert.Equal(["81/100 highest", "70/100", "—"], Cells(Row(page, "Botany")));
        Assert.Equal(["—", "88/100", "—"], Cells(Row(page, "Plumbing")));
        Assert.Equal(["—", "—", "95/100"], Cells(Row(page, "Mapping")));
        Assert.Equal(["100/100 highest", "60/100", "—"], Cells(Row(page, "Patience")));
    }

    [Fact]
    public async Task Pay_in_different_currencies_is_shown_but_not_ranked()
    {
        var page = await Compare("?careers=lunar-greenhouse-technician,orbital-hydroponics-engineer");
        Assert.Equal(["EUR 52,500 per year", "$95,000 per year"], Cells(Row(page, "Median pay")));
        Assert.Empty(Row(page, "Median pay").QuerySelectorAll(".highest"));
    }

    [Fact]
    public async Task Choosing_works_without_javascript_through_a_get_form_with_repeated_parameters()
    {
        var blank = await Compare(string.Empty);
        var form = blank.QuerySelector("form.compare-picker")!;
        Assert.Equal("get", form.GetAttribute("method"));
        // Four fields share one list of suggestions (a list of every career as checkboxes is too heavy at 800).
        Assert.Equal(4, form.QuerySelectorAll("input[name=careers][list=career-names]").Length);
        Assert.Equal(5, blank.QuerySelectorAll("datalist#career-names option").Length);
        Assert.Null(blank.QuerySelector("table.compare"));

        var picked = await Compare("?careers=comet-cartographer&careers=asteroid-surveyor&careers=&careers=");
        Assert.Equal(2, picked.QuerySelectorAll("thead th").Length);
        Assert.Equal(["asteroid-surveyor", "comet-cartographer", "", ""], picked.QuerySelectorAll("form.compare-picker input[name=careers]").Select(i => i.GetAttribute("value") ?? string.Empty).OrderBy(v => v.Length == 0).ThenBy(v => v, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Careers_chosen_in_separate_fields_keep_their_order_and_each_order_is_its_own_cached_page()
    {
        // The output cache sorts a parameter's repeated values for its key (and, in doing so, the request's own
        // values): the form's fields must still come out in the order the student filled them.
        foreach (var (query, order) in new[]
        {
            ("?careers=comet-cartographer&careers=asteroid-surveyor&careers=&careers=", new[] { "Comet Cartographer", "Asteroid Surveyor" }),
            ("?careers=asteroid-surveyor&careers=comet-cartographer&careers=&careers=", ["Asteroid Surveyor", "Comet Cartographer"]),
            ("?careers=comet-cartographer&careers=asteroid-surveyor&careers=&careers=", ["Comet Cartographer", "Asteroid Surveyor"]),
        })
        {
            var page = await Compare(query);
            Assert.Equal(order, page.QuerySelectorAll("thead th").Select(th => th.TextContent));
        }
    }

    [Fact]
    public async Task A_career_typed_by_its_name_is_found()
    {
        var page = await Compare("?careers=Comet+Cartographer&careers=asteroid-surveyor");
        Assert.Equal(2, page.QuerySelectorAll("thead th").Length);
        Assert.Empty(page.QuerySelectorAll(".notice p"));
    }

    [Theory]
    [InlineData("?careers=asteroid-surveyor,asteroid-surveyr", "There is no career called “asteroid-surveyr”. Did you mean Asteroid Surveyor?")]
    [InlineData("?careers=asteroid-surveyor", "Choose at least one more career to compare with.")]
    [InlineData("?careers=asteroid-surveyor,asteroid-surveyor,comet-cartographer", "A career was listed more than once; it is shown once.")]
    [InlineData("?careers=%3Cscript%3E,asteroid-surveyor", "There is no career called “<script>”.")]
    public async Task Bad_unknown_or_repeated_slugs_get_a_clear_message(string query, string message)
    {
        var page = await Compare(query);
        Assert.Contains(page.QuerySelectorAll(".notice p"), p => p.TextContent == message);
        Assert.Empty(page.QuerySelectorAll(".notice script"));
    }

    [Fact]
    public async Task A_hundred_slugs_compare_the_first_four_and_say_so()
    {
        var slugs = string.Join(",", Enumerable.Repeat("asteroid-surveyor,comet-cartographer,lunar-greenhouse-technician,orbital-hydroponics-engineer,nebula-photographer,nope", 17));
        var page = await Compare("?careers=" + slugs);
        Assert.Equal(4, page.QuerySelectorAll("thead th").Length);
        var messages = page.QuerySelectorAll(".notice p").Select(p => p.TextContent).ToList();
        Assert.Contains("Only 4 careers can be compared at once; the first 4 are shown.", messages);
        Assert.Contains("A career was listed more than once; it is shown once.", messages);
        Assert.Single(messages, m => m.StartsWith("There is no career called “nope”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_table_scrolls_inside_a_focusable_labelled_region_on_a_phone()
    {
        var page = await Compare("?careers=asteroid-surveyor,comet-cartographer");
        var region = page.QuerySelector(".table-scroll")!;
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("compare-caption", region.GetAttribute("aria-labelledby"));
    }
}
