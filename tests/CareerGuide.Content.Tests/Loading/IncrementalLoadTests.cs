using CareerGuide.Content.Loading;

namespace CareerGuide.Content.Tests.Loading;

/// <summary>A reload with the previous load's parsed files re-parses only what was added or changed.</summary>
public sealed class IncrementalLoadTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("careerguide-incremental-").FullName;
    private static readonly string Lunar = File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"));
    private readonly ParsedFiles parsed = new();

    public IncrementalLoadTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "careers"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        foreach (var name in new[] { "Moon Farmer", "Crater Gardener", "Dome Grower" }) Career(name);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string PathOf(string name) => Path.Combine(root, "careers", name.ToLowerInvariant().Replace(' ', '-') + ".md");

    private void Career(string name, string why = "Food on the Moon comes from these domes.") =>
        File.WriteAllText(PathOf(name), Lunar
            .Replace("title: Lunar Greenhouse Technician\n", $"title: {name}\n", StringComparison.Ordinal)
            .Replace("Food on the Moon comes from these domes.", why, StringComparison.Ordinal));

    private ContentLoadResult Load(DateOnly? today = null) =>
        ContentLoader.Load(root, new ContentLoadOptions(today ?? TestFiles.Today) { Parsed = parsed });

    [Fact]
    public void A_reload_parses_only_the_files_added_or_changed_and_forgets_removed_ones()
    {
        var first = Load();
        Assert.Equal((3, 0), (first.FilesParsed, first.FilesReused));

        var unchanged = Load();
        Assert.Equal((0, 3), (unchanged.FilesParsed, unchanged.FilesReused));
        Assert.Equal(first.Catalog.Guides.Select(g => g.Title), unchanged.Catalog.Guides.Select(g => g.Title));

        Career("Dome Grower", "Every salad on the base starts here.");
        Career("Regolith Farmer");
        File.Delete(PathOf("Crater Gardener"));
        var edited = Load();
        Assert.Equal((2, 1), (edited.FilesParsed, edited.FilesReused));
        Assert.Equal(["Dome Grower", "Moon Farmer", "Regolith Farmer"], edited.Catalog.Guides.Select(g => g.Title));
        var prose = string.Concat(edited.Catalog.Guides.Single(g => g.Title == "Dome Grower").Sections.Select(s => s.Prose.Value));
        Assert.Contains("Every salad on the base starts here.", prose, StringComparison.Ordinal);
        Assert.Equal(3, parsed.Count);
    }

    [Fact]
    public void A_new_day_parses_no_file_whose_checks_met_no_later_date_and_a_day_back_parses_every_one()
    {
        Load();
        var tomorrow = Load(TestFiles.Today.AddDays(1));
        Assert.Equal((0, 3), (tomorrow.FilesParsed, tomorrow.FilesReused));
        // A clock set back: a date that was in the past may now be in the future.
        var yesterday = Load(TestFiles.Today.AddDays(-1));
        Assert.Equal((3, 0), (yesterday.FilesParsed, yesterday.FilesReused));
    }

    [Fact]
    public void A_file_that_turns_bad_is_reported_on_every_reload_until_it_is_fixed()
    {
        Load();
        File.WriteAllText(PathOf("Moon Farmer"), "no front matter here\n");
        var broken = Load();
        var again = Load();
        Assert.Equal(0, again.FilesParsed);
        Assert.Equal(broken.Catalog.Problems.Select(p => p.ToString()), again.Catalog.Problems.Select(p => p.ToString()));
        Assert.Contains(again.Catalog.Problems, p => p.IsError && p.File == "careers/moon-farmer.md");
    }
}
