using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests.Loading;

/// <summary>
/// A reload works out similar careers and further reading again only for the guides an edit can affect, and reads
/// only the changed sections into the search index; the result is exactly what a load from scratch gives.
/// </summary>
public sealed class IncrementalCatalogTests : IDisposable
{
    private static readonly string Lunar = File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"));
    private static readonly string[] Industries = ["space agriculture", "mining", "orbital transport", "habitat repair", "water"];
    private static readonly string[] Skills = ["Botany", "Welding", "Piloting", "Chemistry", "Teaching", "Drawing", "Repair"];
    private static readonly string[] Roles = ["Technician", "Engineer", "Planner", "Inspector"];
    private readonly string root = Directory.CreateTempSubdirectory("careerguide-derived-").FullName;
    private readonly ParsedFiles parsed = new();
    private ContentCatalog? current;

    public IncrementalCatalogTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "careers"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string PathOf(string slug) => Path.Combine(root, "careers", slug + ".md");

    // A made-up career whose title, job titles, industries and top skills vary with n, so guides share some
    // features and not others, with many equal scores (every fixture rates the same three skills).
    private void Career(int n, string? title = null, int shift = 0)
    {
        var name = title ?? $"Crater {Roles[n % Roles.Length]} {n:D3}";
        var text = Lunar
            .Replace("title: Lunar Greenhouse Technician\n", $"title: {name}\n", StringComparison.Ordinal)
            .Replace("titles: [Greenhouse Technician, Dome Grower]", $"titles: [{Roles[n % Roles.Length]} Lead, {name}]", StringComparison.Ordinal)
            .Replace("industries: [space agriculture, research stations]",
                $"industries: [{Industries[(n + shift) % Industries.Length]}, {Industries[(n * 3 + 1 + shift) % Industries.Length]}]", StringComparison.Ordinal)
            .Replace("top_skills: [Botany, Repair]", $"top_skills: [{Skills[(n + shift) % Skills.Length]}, {Skills[(n * 2 + 3) % Skills.Length]}]", StringComparison.Ordinal);
        Assert.NotEqual(Lunar, text);
        File.WriteAllText(PathOf($"crater-{n:D3}"), text);
    }

    private ContentLoadResult Reload()
    {
        var result = ContentLoader.Load(root, new ContentLoadOptions(TestFiles.Today, Previous: current) { Parsed = parsed });
        current = result.Catalog;
        return result;
    }

    // Everything the derived sections show, per guide, as text.
    private static List<string> Derived(ContentCatalog catalog) => [.. catalog.Guides.OrderBy(g => g.Slug, StringComparer.Ordinal).Select(g =>
        g.Slug + ": " + string.Join(" | ", g.Section<SimilarSection>()?.Careers.Select(c =>
            $"{c.Slug} {c.Title} {c.Summary} {c.Salary?.Median} {c.Growth?.Percent} [{string.Join(", ", c.Shared)}]") ?? [])
        + " / " + string.Join(" | ", g.Section<ReadingSection>()?.Articles.Select(a => a.Slug) ?? []))];

    private static readonly string[] Queries =
    [
        "crater", "technician", "botany", "aardvark", "welding", "mining", "planer", "engineer 041", "zebra planner", "dome",
        "repair", "water", "greenhouse", "nurse", "hospital nurse", "RN", "electrician", "lineworker", "data", "teacher",
        "welder", "salad", "moon jobs", "xyzzy",
    ];

    // What a search shows, for every query above.
    private static List<string> Searches(ContentCatalog catalog) => [.. Queries.Select(q =>
    {
        var results = catalog.Search.Search(q);
        return $"{q}: {results.Total} {results.MatchedAllWords} " + string.Join(" | ", results.Results.Select(r => $"{r.Url} {r.Title} {r.SectionTitle} {r.Score} {r.Snippet.Value}"));
    })];

    private void AssertSameAsFromScratch(ContentCatalog incremental)
    {
        var scratch = ContentLoader.Load(root, TestFiles.Today).Catalog;
        Assert.Equal(Derived(scratch), Derived(incremental));
        Assert.Equal(Searches(scratch), Searches(incremental));
        Assert.Null(scratch.Search.FirstDifference(incremental.Search));
        Assert.Equal(0, scratch.Search.UnitsReused);
    }

    // The units a guide gives the index (its own and one per section); articles are always read again.
    private static int GuideUnits(ContentCatalog catalog) => catalog.Search.UnitCount - catalog.Articles.Count;

    private static int SameSimilarSections(ContentCatalog before, ContentCatalog after) => after.Guides.Count(g =>
        g.Section<SimilarSection>() is { } now && ReferenceEquals(now, before.FindGuide(g.Slug)?.Section<SimilarSection>()));

    [Fact]
    public void Edits_additions_and_removals_give_the_derived_sections_of_a_load_from_scratch()
    {
        for (var n = 0; n < 40; n++) Career(n);
        var first = Reload().Catalog;
        Assert.All(first.Guides, g => Assert.NotNull(g.Section<SimilarSection>()));

        var unchanged = Reload().Catalog;
        Assert.Equal(40, SameSimilarSections(first, unchanged));
        Assert.Equal(GuideUnits(unchanged), unchanged.Search.UnitsReused);
        AssertSameAsFromScratch(unchanged);

        // A title that sorts first wins every tie it is part of.
        Career(5, title: "Aardvark Technician");
        var retitled = Reload().Catalog;
        AssertSameAsFromScratch(retitled);
        Assert.InRange(SameSimilarSections(unchanged, retitled), 1, 39);
        Assert.InRange(retitled.Search.UnitsReused, GuideUnits(retitled) / 2, GuideUnits(retitled) - 1);

        // New industries and skills: enters some lists, leaves others.
        Career(10, shift: 2);
        AssertSameAsFromScratch(Reload().Catalog);

        // A guide that others list goes.
        var listed = current!.Guides.SelectMany(g => g.Section<SimilarSection>()!.Careers).GroupBy(c => c.Slug).MaxBy(g => g.Count())!.Key;
        File.Delete(PathOf(listed));
        var removed = Reload().Catalog;
        Assert.DoesNotContain(removed.Guides, g => g.Section<SimilarSection>()!.Careers.Any(c => c.Slug == listed));
        AssertSameAsFromScratch(removed);

        // A new guide, and several edits at once.
        Career(40);
        Career(41, title: "Aardvark Engineer");
        Career(12, shift: 1);
        Career(13, title: "Zebra Planner");
        AssertSameAsFromScratch(Reload().Catalog);

        // An article that names a career: further reading changes for it, and everything is worked out again.
        File.WriteAllText(Path.Combine(root, "articles", "moon-jobs.md"), """
            ---
            title: Jobs under the domes
            subtitle: A made-up article for tests
            description: What a Crater Inspector 007 does all day.
            author: CareerGuide editors
            read_minutes: 3
            published: 2026-01-02
            created: 2026-01-02
            careers: [crater-003]
            ---

            Most of the work is done by each Crater Planner 002 on the base.
            """);
        var withArticle = Reload();
        Assert.DoesNotContain(withArticle.Catalog.Problems, p => p.IsError);
        Assert.Equal(new[] { "crater-002", "crater-003", "crater-007" }.Where(s => s != listed),
            withArticle.Catalog.Guides.Where(g => g.Section<ReadingSection>() is not null).Select(g => g.Slug).Order(StringComparer.Ordinal));
        AssertSameAsFromScratch(withArticle.Catalog);
    }

    [Fact]
    public void The_shipped_guides_related_by_onet_code_give_the_derived_sections_of_a_load_from_scratch()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryContent, "careers"), "*.md"))
            File.Copy(file, Path.Combine(root, "careers", Path.GetFileName(file)));
        var first = Reload().Catalog;
        var nurse = first.FindGuide("registered-nurse")!;
        var listers = first.Guides.Count(g => g.Section<SimilarSection>()?.Careers.Any(c => c.Slug == "registered-nurse") == true);
        Assert.True(listers > 0, "some guide lists registered nurse as similar");

        // Retitle one guide others list, remove another, and add one under a new name with the nurse's codes.
        var nursePath = PathOf("registered-nurse");
        File.WriteAllText(nursePath, File.ReadAllText(nursePath).Replace($"title: {nurse.Title}\n", "title: Hospital Nurse\n", StringComparison.Ordinal));
        var gone = first.Guides.First(g => g.Slug != "registered-nurse" && first.Guides.Any(o => o.Section<SimilarSection>()?.Careers.Any(c => c.Slug == g.Slug) == true)).Slug;
        File.Delete(PathOf(gone));
        // The new guide takes an O*NET code that some guide relates itself to and no guide had: it joins that
        // guide's similar careers without that guide or any it listed having changed.
        var codes = first.Guides.Select(g => g.Section<SnapshotSection>()?.Codes?.OnetSoc).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var relater = first.Guides.First(g => g.Slug is not "registered-nurse" && g.Slug != gone
            && g.Section<SnapshotSection>()?.Related is [var code, ..] && !codes.Contains(code));
        var missing = relater.Section<SnapshotSection>()!.Related[0];
        File.WriteAllText(PathOf("lineworker-electrician"), File.ReadAllText(PathOf("electrician"))
            .Replace("title: Electrician\n", "title: Lineworker Electrician\n", StringComparison.Ordinal)
            .Replace("  soc: 47-2111\n", $"  soc: {missing[..7]}\n", StringComparison.Ordinal)
            .Replace("  onet_soc: 47-2111.00\n", $"  onet_soc: {missing}\n", StringComparison.Ordinal));
        var edited = Reload().Catalog;

        Assert.Equal("Hospital Nurse", edited.FindGuide("registered-nurse")!.Title);
        Assert.Equal("lineworker-electrician", edited.FindGuide(relater.Slug)!.Section<SimilarSection>()!.Careers[0].Slug);
        AssertSameAsFromScratch(edited);
        Assert.InRange(SameSimilarSections(first, edited), edited.Guides.Count / 2, edited.Guides.Count - 1);
        Assert.InRange(edited.Search.UnitsReused, GuideUnits(edited) * 9 / 10, GuideUnits(edited) - 1);
    }
}
