using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>
/// What the work is, in the editors' words: the definition (<c>snapshot.summary</c>) and the main duties
/// (<c>day.duties</c>, 03 untimed), beside the timed day a hand-written guide may have instead.
/// </summary>
public sealed class DutiesAndDefinitionTests
{
    private const string Snapshot = "snapshot:\n  summary: Fixture workers test made-up things for the site's tests.\n  titles: [Fixture Worker]\n  top_skills: [Testing]\n";

    private const string Imported = "sources:\n  imported: 2026-11-30\n  items:\n    - publisher: U.S. Bureau of Labor Statistics\n      title: Fixture figures\n      kind: Government\n      url: \"https://www.bls.gov/emp/tables.htm\"\n";

    private static ParseResult<Model.CareerGuide> Parse(string yaml) =>
        CareerGuideParser.Parse("fixture.md", "fixture", "---\ntitle: Fixture Worker\nupdated: 2026-11-01\n" + yaml + "---\n", TestFiles.Today);

    [Fact]
    public void Duties_are_the_untimed_form_of_a_real_day()
    {
        var result = Parse(Snapshot + "day:\n  duties:\n    - Check the fixtures and record what changed\n    - Plan the next test run\n    - \"Tell the team: what broke\"\n");
        Assert.Empty(result.Problems);
        var day = result.Value!.Section<DaySection>()!;
        Assert.False(day.IsTimed);
        Assert.Empty(day.Entries);
        Assert.Equal(["Check the fixtures and record what changed", "Plan the next test run", "Tell the team: what broke"], day.Duties);
        Assert.Equal("The main duties of the work: Check the fixtures and record what changed; Plan the next test run; Tell the team: what broke…",
            day.Info.Rules.Describe(result.Value, day));
    }

    [Fact]
    public void A_timed_day_is_still_a_list_of_times()
    {
        var result = Parse(Snapshot + "day:\n  - time: \"09:00\"\n    activity: Start\n");
        var day = result.Value!.Section<DaySection>()!;
        Assert.True(day.IsTimed);
        Assert.Empty(day.Duties);
    }

    [Fact]
    public void Too_few_or_too_long_duties_are_warnings_at_their_place()
    {
        var result = Parse(Snapshot + "day:\n  duties:\n    - Check the fixtures\n    - Check every one of the fixtures that the tests of this site make and then write down all of it\n");
        Assert.NotNull(result.Value);
        Assert.Equal([
            "fixture.md:9:3: warning: day.duties: 2 duties; list three to five",
            "fixture.md:11:7: warning: day.duties[1]: 20 words; keep a duty to 14 words or fewer",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_missing_definition_is_a_warning_and_the_guide_still_loads()
    {
        var result = Parse("snapshot:\n  titles: [Fixture Worker]\n  top_skills: [Testing]\n");
        var problem = Assert.Single(result.Problems);
        Assert.False(problem.IsError);
        Assert.StartsWith("snapshot.summary: missing: the guide does not say what the work is", problem.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Value!.Section<SnapshotSection>()!.Summary);
    }

    [Fact]
    public void An_imported_guide_without_duties_gets_a_warning_and_one_with_them_does_not()
    {
        var without = Parse(Snapshot + Imported);
        var problem = Assert.Single(without.Problems);
        Assert.Equal("fixture.md:2:8: warning: day: this imported guide does not list its main duties yet; add 'day:' with 'duties:', three to five lines each starting with a verb (see content/README.md)",
            problem.ToString());
        Assert.Empty(Parse(Snapshot + "day:\n  duties: [Test things, Fix things, Log things]\n" + Imported).Problems);
        // A guide written by hand may have no day at all.
        Assert.Empty(Parse(Snapshot).Problems);
    }

    [Theory]
    [InlineData("updated: 2026-11-01\n", null, "2026-11-01")]
    [InlineData("updated: 2026-11-01\n", "2026-11-30", "2026-11-30")]   // imported later than the editor's last edit
    [InlineData("updated: 2026-12-01\n", "2026-11-30", "2026-12-01")]   // edited after the import
    [InlineData("", "2026-11-30", "2026-11-30")]
    public void A_guides_date_is_the_latest_of_updated_and_its_sources_dates(string updated, string? imported, string expected)
    {
        var sources = imported is null ? string.Empty : Imported.Replace("2026-11-30", imported, StringComparison.Ordinal);
        var result = CareerGuideParser.Parse("fixture.md", "fixture", "---\ntitle: Fixture Worker\n" + updated + Snapshot
            + "day:\n  duties: [Test things, Fix things, Log things]\n" + sources + "---\n", TestFiles.Today);
        Assert.Equal(expected, result.Value!.LastModified!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
