using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>The complete made-up fixture guide parses into every section kind with typed values.</summary>
public sealed class CareerGuideParserTests
{
    private static readonly Model.CareerGuide Guide = ParseFixture();

    private static Model.CareerGuide ParseFixture()
    {
        var text = File.ReadAllText(TestFiles.Fixture("valid/lunar-greenhouse-technician.md"));
        var result = CareerGuideParser.Parse("lunar-greenhouse-technician.md", "lunar-greenhouse-technician", text, TestFiles.Today);
        Assert.Empty(result.Problems);
        return result.Value!;
    }

    [Fact]
    public void Reads_title_and_slug_and_keeps_sections_in_number_order()
    {
        Assert.Equal("Lunar Greenhouse Technician", Guide.Title);
        Assert.Equal("lunar-greenhouse-technician", Guide.Slug);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17], Guide.Sections.Select(s => s.Info.Number));
    }

    [Fact]
    public void Snapshot_has_lists_hours_and_work_mode()
    {
        var s = Guide.Section<SnapshotSection>()!;
        Assert.Equal("Lunar greenhouse technicians keep crops alive under domes on the Moon.", s.Summary);
        Assert.Equal(["Greenhouse Technician", "Dome Grower"], s.Titles);
        Assert.Equal(["space agriculture", "research stations"], s.Industries);
        Assert.Equal(new WorkHours(35, 45, WorkMode.OnSite), s.Hours);
        Assert.Equal(["Botany", "Repair"], s.TopSkills);
    }

    [Fact]
    public void A_snapshot_may_leave_out_hours_and_industries_and_may_give_occupation_codes()
    {
        // Public data has no weekly hours or industries for an occupation: the guide says nothing rather than invent them.
        const string text = "---\ntitle: Data Guide\nsnapshot:\n  summary: A guide built from public figures.\n  titles: [Analyst]\n"
            + "  top_skills: [Mathematics]\n  soc: 15-2051\n  onet_soc: 15-2051.00\n---\n";
        var result = CareerGuideParser.Parse("data-guide.md", "data-guide", text, TestFiles.Today);
        Assert.Empty(result.Problems);
        var s = result.Value!.Section<SnapshotSection>()!;
        Assert.Null(s.Hours);
        Assert.Empty(s.Industries);
        Assert.Equal(new OccupationCodes("15-2051", "15-2051.00"), s.Codes);
    }

    [Fact]
    public void Skills_record_their_scale_so_percentile_ranks_are_never_read_as_ratings()
    {
        const string text = "---\ntitle: Data Guide\nsnapshot:\n  summary: A guide built from public figures.\n  titles: [Analyst]\n  top_skills: [Mathematics]\n"
            + "skills:\n  scale: percentile\n  ratings:\n    - skill: Mathematics\n      rating: 91\n---\n";
        var result = CareerGuideParser.Parse("data-guide.md", "data-guide", text, TestFiles.Today);
        Assert.Empty(result.Problems);
        var skills = result.Value!.Section<SkillsSection>()!;
        Assert.Equal(SkillScale.Percentile, skills.Scale);
        Assert.Equal([new SkillRating("Mathematics", 91)], skills.Ratings);
        Assert.Equal(SkillScale.Rating, Guide.Section<SkillsSection>()!.Scale); // a plain list is the 0-100 rating scale
        Assert.Equal("Skills for Data Guides, as percentile ranks among all occupations: Mathematics higher than 91% of occupations.",
            skills.Info.Rules.Describe(result.Value, skills));
    }

    [Fact]
    public void Day_entries_are_times_of_day()
    {
        var day = Guide.Section<DaySection>()!;
        Assert.Equal([new DayEntry(new TimeOnly(6, 15), "Check the overnight humidity log"), new DayEntry(new TimeOnly(13, 45), "Repair a water pump")], day.Entries);
        Assert.Contains("Days are long and quiet.", day.Prose.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Pathway_keeps_stage_order()
    {
        Assert.Equal([new PathwayStage("Plant science degree", "4 years"), new PathwayStage("Dome apprenticeship", "Yr 1")],
            Guide.Section<PathwaySection>()!.Stages);
    }

    [Fact]
    public void Skills_are_whole_number_ratings_including_the_ends_of_the_scale()
    {
        Assert.Equal([new SkillRating("Botany", 81), new SkillRating("Repair", 0), new SkillRating("Patience", 100)],
            Guide.Section<SkillsSection>()!.Ratings);
    }

    [Fact]
    public void Education_routes_have_shares_and_cost_tiers()
    {
        var education = Guide.Section<EducationSection>()!;
        Assert.Equal([new EducationRoute("Plant science degree", 70, "4 yrs", CostTier.High), new EducationRoute("Station apprenticeship", 30, "2 yrs", CostTier.Low)], education.Routes);
        Assert.Equal("Plant science degree", education.MostCommon?.Route);
    }

    [Fact]
    public void Market_has_salary_numbers_demand_and_negative_growth()
    {
        var market = Guide.Section<MarketSection>()!;
        Assert.Equal("Lunar Republic", market.Region);
        Assert.Equal(new SalaryRange("EUR", PayPeriod.Year, 40000m, 52500m, 71000m), market.Salary);
        Assert.Equal(DemandLevel.Moderate, market.Demand);
        Assert.Equal(new GrowthProjection(-2.5m, 2040), market.Growth);
    }

    [Fact]
    public void Fit_tradeoffs_and_high_school_lists()
    {
        var fit = Guide.Section<FitSection>()!;
        Assert.Equal(2, fit.Threshold);
        Assert.Equal(3, fit.Statements.Count);
        var tradeoffs = Guide.Section<TradeoffsSection>()!;
        Assert.Equal(["Quiet work"], tradeoffs.Pros);
        Assert.Equal(["Long commute"], tradeoffs.Cons);
        Assert.Empty(tradeoffs.Myths);
        Assert.Equal(["Take biology"], Guide.Section<HighSchoolSection>()!.Actions);
    }

    [Fact]
    public void Sources_have_optional_urls_and_a_last_verified_date()
    {
        var sources = Guide.Section<SourcesSection>()!;
        Assert.Equal(new DateOnly(2026, 10, 1), sources.LastVerified);
        Assert.Equal(new Source("Lunar Labour Office", "Dome Jobs Survey", "Government", new Uri("https://example.org/dome-jobs")), sources.Items[0]);
        Assert.Null(sources.Items[1].Url);
    }

    [Fact]
    public void Transcript_timestamps_are_offsets_and_may_pass_an_hour()
    {
        var transcript = Guide.Section<TranscriptSection>()!;
        Assert.Equal("/audio/lunar.mp3", transcript.Audio);
        Assert.Equal([TimeSpan.Zero, new TimeSpan(0, 1, 5), new TimeSpan(1, 2, 3)], transcript.Lines.Select(l => l.At));
    }

    [Fact]
    public void Prose_sections_carry_rendered_markdown()
    {
        Assert.Equal("<p>Steady, with <em>some</em> automation.</p>", Guide.Section(SectionKind.Outlook)!.Prose.Value);
        Assert.IsType<ProseSection>(Guide.Section(SectionKind.WhyItMatters));
        // College strategy written as prose alone: no programs, the prose kept.
        var college = Assert.IsType<CollegeSection>(Guide.Section(SectionKind.College));
        Assert.Equal(("<p>Study botany.</p>", 0, (int?)null), (college.Prose.Value, college.Programs.Count, college.ProgramCount));
    }

    [Fact]
    public void Faq_answers_standard_questions_from_the_typed_sections_then_adds_the_editors_own()
    {
        var faq = Guide.Section<FaqSection>()!;
        var pay = faq.Entries.Single(e => e.Question == "How much does a Lunar Greenhouse Technician earn?");
        Assert.Contains("from EUR 40,000 to EUR 71,000 per year, with a median of about EUR 52,500", pay.Answer.Value, StringComparison.Ordinal);
        var education = faq.Entries.Single(e => e.Question.StartsWith("What education", StringComparison.Ordinal));
        Assert.Contains("The most common route is plant science degree, taken by 70%", education.Answer.Value, StringComparison.Ordinal);
        var own = faq.Entries[^1];
        Assert.Equal("Do I need a spacesuit?", own.Question);
        Assert.Equal("<p>Only <strong>outside</strong> the dome. See <a href=\"https://example.org/dome-jobs\">the survey</a>.</p>", own.Answer.Value);
    }
}
