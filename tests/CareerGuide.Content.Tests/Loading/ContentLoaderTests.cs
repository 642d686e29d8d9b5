using CareerGuide.Content.Loading;

namespace CareerGuide.Content.Tests.Loading;

/// <summary>Loading a folder: one bad file is reported and skipped, never stopping the rest.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("careerguide-test-").FullName;

    public ContentLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "careers"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        File.Copy(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"), Path.Combine(root, "careers", "lunar-greenhouse-technician.md"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(root, "careers", name), bytes);

    private IReadOnlyList<string> LoadProblems(out int guides)
    {
        var catalog = ContentLoader.Load(root, TestFiles.Today).Catalog;
        guides = catalog.Guides.Count;
        return [.. catalog.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public async Task A_load_leaves_the_search_index_to_be_built_in_the_background_or_on_first_use()
    {
        var first = ContentLoader.Load(root, TestFiles.Today).Catalog;
        Assert.False(first.SearchBuilt);
        Assert.Equal("/careers/lunar-greenhouse-technician", first.Search.Search("greenhouse").Results[0].Url);
        Assert.True(first.SearchBuilt);

        File.WriteAllText(Path.Combine(root, "careers", "lunar-greenhouse-technician.md"), File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"))
            .Replace("title: Lunar Greenhouse Technician", "title: Crater Botanist", StringComparison.Ordinal));
        var second = ContentLoader.Load(root, new ContentLoadOptions(TestFiles.Today, Previous: first)).Catalog;
        Assert.False(second.SearchBuilt);
        second.PrepareSearch();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!second.SearchBuilt) await Task.Delay(10, timeout.Token);
        Assert.Equal("Crater Botanist", second.Search.Search("botanist").Results[0].Title);
    }

    [Fact]
    public void An_empty_file_is_reported_and_the_good_guide_still_loads()
    {
        Write("empty.md", []);
        Assert.Equal(["careers/empty.md:1:1: error: the file is empty; start it with front matter between two '---' lines"], LoadProblems(out var guides));
        Assert.Equal(1, guides);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_first_bad_byte()
    {
        Write("latin1.md", [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);
        Assert.Equal(["careers/latin1.md:2:11: error: the file is not UTF-8 text; save it as UTF-8"], LoadProblems(out var guides));
        Assert.Equal(1, guides);
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_refused()
    {
        Write("huge.md", new byte[ContentLoader.MaxFileBytes + 1]);
        Assert.Equal(["careers/huge.md:1:1: error: the file is 1,048,577 bytes; the limit is 1,048,576 bytes (1 MiB); split it or shorten it"], LoadProblems(out _));
    }

    [Fact]
    public void The_catalog_lists_each_industry_and_education_route_once_A_to_Z()
    {
        var fixture = File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"));
        var copy = fixture
            .Replace("title: Lunar Greenhouse Technician", "title: Orbital Greenhouse Technician", StringComparison.Ordinal)
            .Replace("industries: [space agriculture, research stations]", "industries: [Research Stations, aquaculture]", StringComparison.Ordinal)
            .Replace("- route: Station apprenticeship", "- route: station APPRENTICESHIP", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(root, "careers", "orbital-greenhouse-technician.md"), copy);

        var catalog = ContentLoader.Load(root, TestFiles.Today).Catalog;

        Assert.Equal(2, catalog.Guides.Count);
        Assert.Equal(["aquaculture", "research stations", "space agriculture"], catalog.Industries);
        Assert.Equal(["Plant science degree", "Station apprenticeship"], catalog.EducationRoutes);
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_refused()
    {
        Write("Data Scientist.md", "---\ntitle: x\n---\n"u8.ToArray());
        Assert.Equal(["careers/Data Scientist.md:1:1: error: the file name 'Data Scientist.md' is not a valid slug; use lower-case letters, digits and single hyphens, e.g. data-scientist.md"],
            LoadProblems(out _));
    }

    [Fact]
    public void A_missing_folder_is_one_problem_not_an_exception()
    {
        var catalog = ContentLoader.Load(Path.Combine(root, "nope"), TestFiles.Today).Catalog;
        Assert.Empty(catalog.Guides);
        Assert.Contains("does not exist", Assert.Single(catalog.Problems).Message, StringComparison.Ordinal);
    }
}
