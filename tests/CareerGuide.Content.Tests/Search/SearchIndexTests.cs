using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Search;

namespace CareerGuide.Content.Tests.Search;

/// <summary>
/// Ranking over many near-identical guides, where ties are common: asking for fewer results gives the
/// first of the same list, the order is by score, and equal scores come out A to Z.
/// </summary>
public sealed class SearchIndexTests
{
    private static readonly SearchIndex Index = SearchIndex.Build(Guides(), []);

    private static List<Model.CareerGuide> Guides()
    {
        var fixture = File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"));
        var guides = new List<Model.CareerGuide>();
        for (var i = 0; i < 40; i++)
        {
            // Half the guides name the industry once in the title as well; the ratings differ by guide.
            var title = i % 2 == 0 ? $"Lunar Greenhouse Technician {i:00}" : $"Orbital Agriculture Technician {i:00}";
            var text = fixture
                .Replace("title: Lunar Greenhouse Technician", "title: " + title, StringComparison.Ordinal)
                .Replace("rating: 81", $"rating: {i * 2}", StringComparison.Ordinal);
            var slug = Slug.FromName(title);
            guides.Add(CareerGuideParser.Parse($"{slug}.md", slug, text, TestFiles.Today).Value!);
        }
        return guides;
    }

    [Fact]
    public void An_index_built_from_the_previous_one_is_the_index_built_from_scratch()
    {
        var guides = Guides();
        var previous = SearchIndex.Build(guides, []);
        // One guide with the same sections under a title that moves it from last to first (A to Z), one new, one gone.
        var moved = guides[^1] with { Title = "Aaa Orbital Agriculture Technician" };
        var added = CareerGuideParser.Parse("new-moon-farmer.md", "new-moon-farmer",
            File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md")).Replace("title: Lunar Greenhouse Technician", "title: New Moon Farmer", StringComparison.Ordinal),
            TestFiles.Today).Value!;
        List<Model.CareerGuide> now = [.. guides.Skip(1).SkipLast(1).Append(moved).Append(added).OrderBy(g => g.Title, StringComparer.OrdinalIgnoreCase)];

        var incremental = SearchIndex.Build(now, [], previous);
        Assert.Null(SearchIndex.Build(now, []).FirstDifference(incremental));
        // Everything but the new guide's units taken over: 39 guides of 41 units each (their own and 10 sections).
        Assert.Equal(38 * (1 + guides[0].Sections.Count) + guides[0].Sections.Count, incremental.UnitsReused);
    }

    [Theory]
    [InlineData("botany")]
    [InlineData("technician")]
    [InlineData("agriculture technician")]
    [InlineData("lunar botany")]
    [InlineData("greenhuose")]
    [InlineData("technician zzzzz")]
    public void Fewer_results_are_the_first_of_the_same_list_and_the_total_does_not_change(string query)
    {
        var all = Index.Search(query, 100);
        Assert.NotEmpty(all.Results);
        foreach (var max in new[] { 1, 3, 7, 25 })
        {
            var some = Index.Search(query, max);
            Assert.Equal(all.Results.Take(max), some.Results);
            Assert.Equal(all.Total, some.Total);
            Assert.Equal(all.MatchedAllWords, some.MatchedAllWords);
        }
        Assert.Empty(Index.Search(query, 0).Results);
    }

    [Theory]
    [InlineData("botany")]
    [InlineData("technician")]
    [InlineData("agriculture technician")]
    public void Results_are_best_first_and_equal_scores_are_in_title_order(string query)
    {
        var results = Index.Search(query, 100).Results;
        for (var i = 1; i < results.Count; i++)
        {
            var (before, after) = (results[i - 1], results[i]);
            Assert.True(before.Score >= after.Score, $"{before.Title} {before.Score} before {after.Title} {after.Score}");
            if (before.Score == after.Score)
                Assert.True(string.Compare(before.Title, after.Title, StringComparison.OrdinalIgnoreCase) <= 0, $"{before.Title} before {after.Title}");
        }
    }

    [Fact]
    public void A_guide_appears_once_however_many_of_its_sections_match()
    {
        var results = Index.Search("technician botany", 100).Results;
        Assert.Equal(40, results.Count);
        Assert.Equal(40, results.Select(r => r.Title).Distinct().Count());
    }

    [Fact]
    public void A_guide_whose_title_or_search_title_is_exactly_the_query_comes_first()
    {
        static Model.CareerGuide Guide(string title, string titles, string searchTitles)
        {
            var text = $"---\ntitle: {title}\nsnapshot:\n  summary: A made-up guide.\n  titles: [{titles}]\n  top_skills: [Care]\n  search_titles: [{searchTitles}]\n---\n";
            var slug = Slug.FromName(title);
            return CareerGuideParser.Parse($"{slug}.md", slug, text, TestFiles.Today).Value!;
        }
        // Both name "RN" among their titles; A to Z, Alpha would come first.
        var index = SearchIndex.Build([Guide("Alpha Helper", "RN Assistant", "Ward Aide"), Guide("Zeta Nurse", "Staff Nurse", "RN")], []);
        Assert.Equal(["Zeta Nurse", "Alpha Helper"], index.Search("RN").Results.Select(r => r.Title));
        Assert.Equal("Alpha Helper", index.Search("rn assistant").Results[0].Title);
        Assert.Equal("Alpha Helper", index.Search("Ward Aide").Results[0].Title);
    }
}
