using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>
/// The forms the import writes, read as an editor would write them: survey percentiles with capped and
/// unpublished figures, attainment shares with the publisher's rounding, requirements composed into stages,
/// an interest profile with our statements, and sources with their releases.
/// </summary>
public sealed class ImportedFormsTests
{
    private const string Head = "---\ntitle: Data Guide\nsnapshot:\n  summary: A guide built from public figures.\n  titles: [Analyst]\n  top_skills: [Mathematics]\n";

    // Imported guides list their main duties (without them, the guide gets a warning).
    private const string Duties = "day:\n  duties: [Read the figures, Check the sums, Write the report]\n";

    private static ParseResult<Model.CareerGuide> Parse(string yaml) =>
        CareerGuideParser.Parse("data-guide.md", "data-guide", Head + yaml + Duties + "---\n", TestFiles.Today);

    private static T Section<T>(string yaml) where T : GuideSection
    {
        var result = Parse(yaml);
        Assert.Empty(result.Problems);
        return result.Value!.Section<T>()!;
    }

    private const string Market = """
        market:
          region: United States
          salary:
            currency: USD
            period: year
            p10: 66030
            p25: n/a
            median: 93600
            p75: 107960
            p90: 239200 or more
          hourly:
            currency: USD
            period: hour
            p10: 31.75
            p25: 37.79
            median: 45.00
            p75: 51.90
            p90: 115.00 or more
          employment:
            count: 3391000
            year: 2024
          openings: 189100
          growth:
            percent: 4.9
            from: 2024
            by: 2034
            all_occupations: 3.1
          source: BLS OEWS May 2024; BLS Employment Projections 2024-34

        """;

    [Fact]
    public void Survey_percentiles_keep_capped_and_unpublished_figures_as_such()
    {
        var market = Section<MarketSection>(Market);
        var pay = market.Salary.Percentiles!;
        Assert.Equal(new PayFigure(66030, false), pay.P10);
        Assert.Null(pay.P25);
        Assert.Equal(new PayFigure(239200, true), pay.P90);
        Assert.Equal((66030m, 93600m, 239200m), (market.Salary.Low, market.Salary.Median, market.Salary.High));
        Assert.Equal("$239,200 or more", Display.Pay(pay.P90, "USD", PayPeriod.Year));
        Assert.Equal("not available", Display.Pay(pay.P25, "USD", PayPeriod.Year));
        Assert.Equal("$66,030–$239,200 or more", Display.Range(market.Salary));
        Assert.Equal(new PayFigure(45.00m, false), market.Hourly!.Percentiles!.Median);
        Assert.Null(market.Demand);
        Assert.Equal((3391000L, 2024, 189100L), (market.Employment!.Value, market.EmploymentYear!.Value, market.Openings!.Value));
        Assert.Equal((4.9m, 2024, 2034, 3.1m), (market.Growth.Percent, market.Growth.FromYear!.Value, market.Growth.ByYear, market.Growth.AllOccupationsPercent!.Value));
        Assert.Equal("BLS OEWS May 2024; BLS Employment Projections 2024-34", market.FiguresSource);
    }

    [Theory]
    [InlineData("p75: 107960", "p75: 50000", "market.salary.p75: 50000 is less than median (93600); percentiles rise from p10 to p90")]
    [InlineData("median: 93600", "median: n/a", "market.salary.median: the median is needed; when the survey gives none, leave the pay out of the guide")]
    [InlineData("p10: 66030", "p10: lots", "market.salary.p10: 'lots' is not an amount; write digits (e.g. 93600), 'N or more' for a capped estimate, or n/a")]
    [InlineData("from: 2024", "from: 2034", "market.growth.from: the projection starts in 2034 but ends in 2034; 'from' must come before 'by'")]
    public void Survey_figures_that_cannot_be_true_are_errors_naming_the_field(string good, string bad, string message)
    {
        var result = Parse(Market.Replace(good, bad, StringComparison.Ordinal));
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.IsError && p.Message == message);
    }

    [Fact]
    public void Attainment_shares_accept_the_publishers_rounding_and_say_so()
    {
        // Table 5.3 for registered nurses adds up to 100.1.
        var education = Section<EducationSection>("""
            education:
              entry: Bachelor's degree
              attainment:
                - level: Less than high school diploma
                  percent: 0.5
                - level: High school diploma or equivalent
                  percent: 1.2
                - level: Some college, no degree
                  percent: 3.9
                - level: Associate's degree
                  percent: 25.6
                - level: Bachelor's degree
                  percent: 54.4
                - level: Master's degree
                  percent: 11.8
                - level: Doctoral or professional degree
                  percent: 2.7

            """);
        Assert.Equal("Bachelor's degree", education.EntryEducation);
        Assert.Equal(100.1m, education.Attainment.Sum(a => a.Percent));
        Assert.Equal(new AttainmentShare("Bachelor's degree", 54.4m), education.MostCommonLevel);
        Assert.Empty(education.Routes);
        Assert.Null(education.MostCommon);
    }

    [Fact]
    public void Attainment_shares_far_from_100_are_an_error()
    {
        var result = Parse("education:\n  attainment:\n    - level: Bachelor's degree\n      percent: 60\n    - level: Master's degree\n      percent: 37\n");
        Assert.Contains(result.Problems, p => p.IsError && p.Message.StartsWith("education.attainment: the shares add up to 97%", StringComparison.Ordinal));
    }

    [Fact]
    public void Requirements_become_stages_in_order_with_training_and_job_zone()
    {
        var pathway = Section<PathwaySection>("pathway:\n  entry_education: High school diploma or equivalent\n  experience: None\n  training: Apprenticeship\n  job_zone: 3\n");
        Assert.Equal(new EntryRequirements("High school diploma or equivalent", "None", "Apprenticeship", 3), pathway.Requirements);
        Assert.Equal(
            [("High school diploma or equivalent", "Typical education to start"), ("Apprenticeship", "Typical training once hired"), ("O*NET Job Zone 3 of 5", "Medium preparation needed")],
            pathway.Stages.Select(s => (s.Stage, s.Timing)));

        var experienced = Section<PathwaySection>("pathway:\n  entry_education: Bachelor's degree\n  experience: 5 years or more\n  training: None\n");
        Assert.Equal(["Bachelor's degree", "Work experience in a related occupation", "First job"], experienced.Stages.Select(s => s.Stage));
        Assert.Equal("5 years or more", experienced.Stages[1].Timing);
    }

    [Fact]
    public void An_interest_profile_gives_the_top_areas_and_our_statements_for_them()
    {
        var fit = Section<FitSection>("fit:\n  interests:\n    realistic: 3.66\n    investigative: 4.82\n    artistic: 1.31\n    social: 5.62\n    enterprising: 2.28\n    conventional: 4.58\n");
        Assert.Equal([InterestArea.Social, InterestArea.Investigative, InterestArea.Conventional], fit.TopAreas);
        Assert.Equal(6, fit.Statements.Count);
        Assert.Equal(3, fit.Threshold);
        Assert.Contains("You like helping, teaching or looking after people.", fit.Statements);
        Assert.DoesNotContain(fit.Statements, s => s.Contains("hands", StringComparison.Ordinal));
    }

    [Fact]
    public void Tied_interest_scores_rank_in_riasec_order()
    {
        var fit = Section<FitSection>("fit:\n  interests:\n    realistic: 2\n    investigative: 5\n    artistic: 5\n    social: 2\n    enterprising: 5\n    conventional: 5\n");
        Assert.Equal([InterestArea.Investigative, InterestArea.Artistic, InterestArea.Enterprising], fit.TopAreas);
    }

    [Fact]
    public void An_interest_score_outside_onets_scale_is_an_error()
    {
        var result = Parse("fit:\n  interests:\n    realistic: 9\n    investigative: 4\n    artistic: 1\n    social: 5\n    enterprising: 2\n    conventional: 4\n");
        Assert.Contains(result.Problems, p => p.IsError && p.Message.StartsWith("fit.interests.realistic: 9 is out of range", StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_search_titles_and_related_codes_are_read_and_checked()
    {
        const string snapshot = "  soc: 29-1141\n  onet_soc: 29-1141.00\n  search_titles: [RN, Staff Nurse]\n  related: [29-1171.00, 29-1071.00]\n";
        var result = CareerGuideParser.Parse("data-guide.md", "data-guide", Head + snapshot + "---\n", TestFiles.Today);
        Assert.Empty(result.Problems);
        var s = result.Value!.Section<SnapshotSection>()!;
        Assert.Equal(["RN", "Staff Nurse"], s.SearchTitles);
        Assert.Equal(["29-1171.00", "29-1071.00"], s.Related);

        var bad = CareerGuideParser.Parse("data-guide.md", "data-guide", Head + "  related: [nurses]\n---\n", TestFiles.Today);
        Assert.Contains(bad.Problems, p => p.IsError && p.Message == "snapshot.related[0]: 'nurses' is not an O*NET-SOC code; write it as 00-0000.00, e.g. 29-1141.00");
    }

    [Fact]
    public void Imported_sources_carry_releases_licences_and_the_import_date_without_a_verification_warning()
    {
        var sources = Section<SourcesSection>("""
            sources:
              imported: 2025-11-30
              items:
                - publisher: U.S. Bureau of Labor Statistics
                  title: "Occupational Employment and Wage Statistics: Registered Nurses (29-1141)"
                  kind: Government
                  url: "https://www.bls.gov/oes/2024/may/oes291141.htm"
                  release: OEWS May 2024 national estimates
                  licence: Public domain

            """);
        Assert.Equal(new DateOnly(2025, 11, 30), sources.Imported);
        Assert.Equal("OEWS May 2024 national estimates", sources.Items[0].Release);
        Assert.Equal("Public domain", sources.Items[0].Licence);
    }

    private const string KnowledgeAndTechnology = """
          knowledge:
            areas:
              - area: Psychology
                importance: 4.58
              - area: Customer and Personal Service
                importance: 4.4
            source: O*NET 29.0 (Knowledge, importance)
          technology:
            examples:
              - name: Epic Systems
                group: Medical software
                hot: true
                in_demand: true
              - name: Allscripts Sunrise
                group: Medical software
              - name: Microsoft Excel
                group: Spreadsheet software
                hot: true
            count: 46
            source: O*NET 30.1 (Technology Skills)

        """;

    [Fact]
    public void Skills_carry_knowledge_and_technology_each_with_its_source_with_or_without_ratings()
    {
        var skills = Section<SkillsSection>("skills:\n  scale: percentile\n  ratings:\n    - skill: Interpersonal\n      rating: 97\n" + KnowledgeAndTechnology);
        Assert.Equal([("Psychology", 4.58m), ("Customer and Personal Service", 4.4m)], skills.Knowledge!.Areas.Select(a => (a.Area, a.Importance)));
        Assert.Equal("O*NET 29.0 (Knowledge, importance)", skills.Knowledge.Source);
        var technology = skills.Technology!;
        Assert.Equal((46, 43, "O*NET 30.1 (Technology Skills)"), (technology.Count, technology.NotShown, technology.Source));
        Assert.Equal(new TechnologyExample("Epic Systems", "Medical software", Hot: true, InDemand: true), technology.Examples[0]);
        Assert.Equal([("Medical software", 2), ("Spreadsheet software", 1)], technology.Groups.Select(g => (g.Key, g.Count())));

        // An occupation BLS gives no skill ranks still shows what O*NET says about it.
        var alone = Section<SkillsSection>("skills:\n" + KnowledgeAndTechnology);
        Assert.Empty(alone.Ratings);
        Assert.Equal(2, alone.Knowledge!.Areas.Count);
    }

    [Fact]
    public void Knowledge_and_technology_mistakes_are_named_by_field()
    {
        var result = Parse("skills:\n" + KnowledgeAndTechnology.Replace("importance: 4.4", "importance: 6", StringComparison.Ordinal).Replace("count: 46", "count: 2", StringComparison.Ordinal));
        Assert.Null(result.Value);
        Assert.Equal([
            "skills.knowledge.areas[1].importance: 6 is out of range; write an O*NET importance rating from 1 to 5",
            "skills.technology.count: 2 is fewer than the 3 examples listed; give how many the source lists in all",
        ], result.Problems.Where(p => p.IsError).Select(p => p.Message));

        var unsourced = Parse("skills:\n" + KnowledgeAndTechnology.Replace("    source: O*NET 30.1 (Technology Skills)\n", "", StringComparison.Ordinal));
        Assert.Equal(["skills.technology.source: required field 'source' is missing in skills.technology"], unsourced.Problems.Where(p => p.IsError).Select(p => p.Message));
    }

    [Fact]
    public void An_imported_guide_o_net_does_not_rate_gets_a_fit_check_and_a_plan_from_the_skills_bls_ranks_highest()
    {
        var text = """
            ---
            title: Data Guide
            snapshot:
              summary: A guide built from public figures.
              titles: [Analyst]
              top_skills: [Detail oriented, Adaptability, Interpersonal]
              source: BLS Employment Projections 2024-34 (top skills); BLS OEWS May 2024 (title)
            day:
              duties: [Read the figures, Check the sums, Write the report]
            pathway:
              entry_education: High school diploma or equivalent
              experience: None
              training: Short-term on-the-job training
              source: BLS Employment Projections 2024-34 (Table 1.2)
            sources:
              imported: 2025-11-30
              items:
                - publisher: U.S. Bureau of Labor Statistics
                  title: Employment Projections
                  kind: Government
            ---

            """;
        var guide = CareerGuideParser.Parse("data-guide.md", "data-guide", text, TestFiles.Today);
        Assert.Empty(guide.Problems);
        var fit = guide.Value!.Section<FitSection>()!;
        Assert.Equal(["You notice small details and like getting them right.", "You handle change and surprises well.", "You get along with many kinds of people."], fit.Statements);
        Assert.Equal((2, "BLS Employment Projections 2024-34 (top skills)"), (fit.Threshold, fit.FiguresSource));
        Assert.Equal([
            "Build your detail oriented and adaptability skills in class, in clubs or at a part-time job: BLS ranks them among the top skills for this work.",
            "Finish high school: BLS says the usual way in is a high school diploma.",
        ], guide.Value.Section<HighSchoolSection>()!.Actions);
        Assert.Equal([1, 3, 4, 9, 11, 14, 17], guide.Value.Sections.Select(s => s.Info.Number));

        // A table's qualifier is not how a student asks.
        var teacher = CareerGuideParser.Parse("data-guide.md", "data-guide", text.Replace("title: Data Guide", "title: Elementary School Teacher, Except Special Education", StringComparison.Ordinal), TestFiles.Today);
        Assert.Equal("Do you need a degree to be an elementary school teacher?", teacher.Value!.Section<FaqSection>()!.Entries[0].Question);
    }
}
