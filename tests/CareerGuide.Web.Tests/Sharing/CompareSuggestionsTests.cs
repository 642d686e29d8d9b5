using System.Net;
using System.Text.Json;
using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>
/// The compare form's search-as-you-type over the shipped careers: <c>/search/suggest?q=</c> answers careers by slug
/// and title, and a career chosen from it (its title goes into the field) is compared.
/// </summary>
public sealed class CompareSuggestionsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Suggestion(string Slug, string Title);

    private async Task<(HttpResponseMessage Response, List<Suggestion> Careers)> Suggest(string? query)
    {
        var response = await site.Client().GetAsync("/search/suggest" + (query is null ? string.Empty : "?q=" + Uri.EscapeDataString(query)));
        var body = await response.Content.ReadAsStringAsync();
        var careers = response.StatusCode == HttpStatusCode.OK
            ? JsonSerializer.Deserialize<List<Suggestion>>(body, Json)!
            : [];
        return (response, careers);
    }

    [Theory]
    [InlineData("RN", "registered-nurse")]
    [InlineData("regist", "registered-nurse")]
    [InlineData("electr", "electrician")]
    [InlineData("Electrician", "electrician")]
    [InlineData("vet", "veterinarian")]
    [InlineData("software dev", "software-developer")]
    public async Task What_a_student_starts_typing_suggests_the_career_near_the_top(string typed, string slug)
    {
        var (response, careers) = await Suggest(typed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(careers.Count, 1, CareerSuggestions.Max);
        Assert.Contains(slug, careers.Take(3).Select(c => c.Slug));
        var catalog = site.Services.GetRequiredService<ContentStore>().Current;
        foreach (var career in careers) Assert.Equal(catalog.FindGuide(career.Slug)?.Title, career.Title);
        Assert.Equal(careers.Count, careers.Select(c => c.Slug).Distinct().Count());
    }

    [Fact]
    public async Task A_title_that_starts_with_what_was_typed_comes_before_one_that_only_mentions_it()
    {
        var (_, careers) = await Suggest("nurse");
        var firstOther = careers.FindIndex(c => !c.Title.StartsWith("nurse", StringComparison.OrdinalIgnoreCase));
        var lastPrefix = careers.FindLastIndex(c => c.Title.StartsWith("nurse", StringComparison.OrdinalIgnoreCase));
        Assert.True(lastPrefix >= 0, "some career title starts with 'nurse'");
        Assert.True(firstOther < 0 || lastPrefix < firstOther, string.Join(", ", careers.Select(c => c.Title)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzqqqxx")]
    [InlineData("<>&\"' ,;")]
    public async Task Nothing_to_suggest_is_an_empty_list_not_an_error(string? typed)
    {
        var (response, careers) = await Suggest(typed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(careers);
    }

    [Fact]
    public async Task A_very_long_query_is_answered_quickly_and_safely()
    {
        var (response, careers) = await Suggest(string.Concat(Enumerable.Repeat("nurse ", 2000)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(careers.Count <= CareerSuggestions.Max);
    }

    [Fact]
    public void Every_shipped_career_chosen_by_its_title_is_compared_even_with_commas_in_the_title()
    {
        var catalog = site.Services.GetRequiredService<ContentStore>().Current;
        Assert.Contains(catalog.Guides, g => g.Title.Contains(',', StringComparison.Ordinal));
        var failures = new List<string>();
        for (var i = 0; i < catalog.Guides.Count; i++)
        {
            var guide = catalog.Guides[i];
            var other = catalog.Guides[(i + 1) % catalog.Guides.Count];
            var comparison = Comparison.From([guide.Title, other.Title.ToUpperInvariant()], catalog);
            if (comparison.Guides.Count != 2 || comparison.Guides[0] != guide || comparison.Guides[1] != other
                || comparison.Messages.Any(m => m.StartsWith("There is no career", StringComparison.Ordinal)))
                failures.Add($"{guide.Title} + {other.Title}: {string.Join(" / ", comparison.Guides.Select(g => g.Slug))} {string.Join(" ", comparison.Messages)}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(10)));
    }

    [Fact]
    public async Task The_compare_form_names_the_suggestions_address_for_its_script()
    {
        var page = await site.Page("/compare");
        var form = page.QuerySelector("form.compare-picker")!;
        Assert.Equal("/search/suggest", form.GetAttribute("data-suggest"));
        Assert.Equal(4, form.QuerySelectorAll("input[name=careers][list=career-names]").Length);
        Assert.Equal(site.Services.GetRequiredService<ContentStore>().Current.Guides.Count, page.QuerySelectorAll("datalist#career-names option").Length);
    }
}
