using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;
using CareerGuide.Import.Writing;

namespace CareerGuide.Import.Tests;

/// <summary>Writing guides from the small release: what each file says, and that an editor's words survive a re-import.</summary>
public sealed class ContentImportTests : IDisposable
{
    private static readonly DateOnly Day1 = new(2026, 11, 30), Day2 = new(2026, 12, 1);

    private readonly SmallRelease release = new();
    private readonly string content = Directory.CreateTempSubdirectory("careerguide-content-").FullName;

    public void Dispose()
    {
        release.Dispose();
        Directory.Delete(content, recursive: true);
    }

    private string Careers => Path.Combine(content, "careers");

    private ImportPlan Import(DateOnly day, OccupationSet? set = null)
    {
        var plan = ContentImport.Plan(set ?? OccupationImport.Read(release.Sources), content, day);
        ContentImport.Apply(plan);
        return plan;
    }

    private Content.Model.CareerGuide Load(string slug)
    {
        var text = File.ReadAllText(Path.Combine(Careers, slug + ".md"));
        var result = CareerGuideParser.Parse(slug + ".md", slug, text, Day2);
        Assert.DoesNotContain(result.Problems, p => p.IsError);
        return result.Value!;
    }

    [Fact]
    public void Each_occupation_becomes_a_guide_that_loads_with_its_figures_typed_and_sourced()
    {
        var plan = Import(Day1);
        Assert.Equal(["actor.md", "airline-pilots-copilots-and-flight-engineers.md", "buyer-and-purchasing-agent.md", "electrician.md", "registered-nurse.md"],
            plan.Written.Select(w => Path.GetFileName(w.Path)).Order(StringComparer.Ordinal));
        Assert.Equal([("45-3031 Fishing and hunting workers", "no wages in OEWS May 2024"), ("99-9999 Wage-only fixture occupation", "no projections in Employment Projections 2024-34")],
            plan.Skipped.Select(s => (s.What, s.Reason)));

        var nurse = Load("registered-nurse");
        Assert.Equal("Registered Nurse", nurse.Title);
        var market = nurse.Section<MarketSection>()!;
        Assert.Equal((66030m, 93600m, 135320m), (market.Salary.Low, market.Salary.Median, market.Salary.High));
        Assert.Equal(78610m, market.Salary.Percentiles!.P25!.Value.Amount);
        Assert.Equal(45m, market.Hourly!.Median);
        Assert.Equal((4.9m, 189_100L, 3_391_000L, 3.1m), (market.Growth.Percent, market.Openings!.Value, market.Employment!.Value, market.Growth.AllOccupationsPercent!.Value));
        Assert.Null(market.Demand);
        var snapshot = nurse.Section<SnapshotSection>()!;
        Assert.Equal(new OccupationCodes("29-1141", "29-1141.00"), snapshot.Codes);
        Assert.Contains("RN", snapshot.SearchTitles);
        Assert.Equal(["Charge Nurse", "Emergency Department RN (Emergency Department Registered Nurse)"], snapshot.Titles);
        Assert.Equal(["29-1141.01", "29-1171.00"], snapshot.Related);
        // The figures in words lead Market; what the work is, in words, is the editors' (none yet: a warning, not an error).
        Assert.StartsWith("In 2024, about 3,391,000 people in the United States worked as registered nurses. Their median pay was $93,600 a year.", market.Summary, StringComparison.Ordinal);
        Assert.Equal(string.Empty, snapshot.Summary);
        Assert.Equal(SkillScale.Percentile, nurse.Section<SkillsSection>()!.Scale);
        Assert.Equal(100.1m, nurse.Section<EducationSection>()!.Attainment.Sum(a => a.Percent));
        Assert.Equal(4, nurse.Section<PathwaySection>()!.Requirements!.JobZone);
        Assert.Equal(InterestArea.Social, nurse.Section<FitSection>()!.TopAreas[0]);
        Assert.Equal([(WorkValue.Relationships, 6.33m), (WorkValue.Support, 6.17m), (WorkValue.WorkingConditions, 6.00m)],
            nurse.Section<FitSection>()!.Values.Select(v => (v.Value, v.Extent)));
        Assert.Equal("O*NET 30.1 (Interests, Work Values)", nurse.Section<FitSection>()!.FiguresSource);
        var sources = nurse.Section<SourcesSection>()!;
        Assert.Equal(Day1, sources.Imported);
        Assert.Equal(["O*NET 30.1 Database, December 2025", "Employment Projections 2024-34, Tables 1.2, 5.3, 6.2 and 6.5", "OEWS May 2024 national estimates",
            "CIP 2020 / SOC 2018 crosswalk, 2020"],
            sources.Items.Select(i => i.Release));
        Assert.Equal("https://www.onetonline.org/link/summary/29-1141.00", sources.Items[0].Url!.ToString());
        Assert.Equal("https://www.bls.gov/oes/2024/may/oes291141.htm", sources.Items[2].Url!.ToString());
        Assert.All(nurse.Sections.Where(s => s.Kind is not (SectionKind.Sources or SectionKind.Faq)), s => Assert.NotNull(s.FiguresSource));
    }

    [Fact]
    public void Edge_cases_hourly_only_top_coded_apprenticeship_and_no_onet_profile()
    {
        Import(Day1);
        var actor = Load("actor").Section<MarketSection>()!;
        Assert.Equal(PayPeriod.Hour, actor.Salary.Period);
        Assert.Null(actor.Hourly);

        var pilots = Load("airline-pilots-copilots-and-flight-engineers");
        Assert.Equal("Airline Pilots, Copilots, and Flight Engineers", pilots.Title); // a comma: the plural is kept
        var pay = pilots.Section<MarketSection>()!.Salary;
        Assert.Equal(new PayFigure(239_200, true), pay.Percentiles!.P90);
        Assert.Null(pilots.Section<MarketSection>()!.Hourly); // annual only

        Assert.Equal(["High school diploma or equivalent", "Apprenticeship", "O*NET Job Zone 3 of 5"],
            Load("electrician").Section<PathwaySection>()!.Stages.Select(s => s.Stage));

        var buyers = Load("buyer-and-purchasing-agent");
        Assert.Null(buyers.Section<SnapshotSection>()!.Codes!.OnetSoc);
        Assert.Null(buyers.Section<FitSection>());
        Assert.Equal(2, buyers.Section<SourcesSection>()!.Items.Count);
    }

    [Fact]
    public void Skills_are_listed_highest_first_and_ties_keep_the_tables_order()
    {
        Import(Day1);
        var nurse = Load("registered-nurse").Section<SkillsSection>()!.Ratings;
        Assert.Equal(nurse.Select(r => r.Rating).OrderDescending(), nurse.Select(r => r.Rating));
        var order = Sources.ProjectionsRelease.Skills.ToList();
        foreach (var tie in nurse.GroupBy(r => r.Rating).Where(g => g.Count() > 1))
            Assert.Equal(tie.Select(r => order.IndexOf(r.Skill)).Order(), tie.Select(r => order.IndexOf(r.Skill)));
        Assert.Contains(nurse.GroupBy(r => r.Rating), g => g.Count() > 1);
    }

    [Fact]
    public void Knowledge_shows_the_areas_rated_3_or_more_highest_first_six_at_most()
    {
        Import(Day1);
        var knowledge = Load("registered-nurse").Section<SkillsSection>()!.Knowledge!;
        // Seven areas are rated 3 or more: the least of them (Administration and Management, 3.29) is left out;
        // ties (4.4, 3.43) keep O*NET's order; Food Production (1.2) is below 3.
        Assert.Equal([("Psychology", 4.58m), ("Customer and Personal Service", 4.4m), ("Medicine and Dentistry", 4.4m), ("Administrative", 3.55m),
            ("Mathematics", 3.43m), ("Therapy and Counseling", 3.43m)], knowledge.Areas.Select(a => (a.Area, a.Importance)));
        Assert.Equal("O*NET 29.0 (Knowledge, importance)", knowledge.Source);
        Assert.Null(Load("actor").Section<SkillsSection>()?.Knowledge);
        Assert.Equal(["Building and Construction", "Mechanical", "Mathematics"], Load("electrician").Section<SkillsSection>()!.Knowledge!.Areas.Select(a => a.Area));
    }

    [Fact]
    public void Technology_shows_in_demand_then_hot_examples_first_a_dozen_at_most_under_their_kinds()
    {
        Import(Day1);
        var nurse = Load("registered-nurse").Section<SkillsSection>()!.Technology!;
        Assert.Equal([("Medical software", "Epic Systems", true, true), ("Medical software", "MEDITECH software", false, true),
            ("Medical software", "Allscripts Sunrise", false, false), ("Spreadsheet software", "Microsoft Excel", true, false),
            ("Video creation and editing software", "YouTube", false, false)],
            nurse.Examples.Select(e => (e.Group, e.Name, e.Hot, e.InDemand)));
        Assert.Equal((5, 0, "O*NET 30.1 (Technology Skills)"), (nurse.Count, nurse.NotShown, nurse.Source));

        var electrician = Load("electrician").Section<SkillsSection>()!.Technology!;
        // Sixteen examples, two of which only repeat their kind's name ("Spreadsheet software"): a dozen of the
        // fourteen shown, the last two plain ones in the file counted, not shown.
        Assert.Equal((12, 14, 2), (electrician.Examples.Count, electrician.Count, electrician.NotShown));
        Assert.DoesNotContain(electrician.Examples, e => e.Name == e.Group || e.Name.StartsWith("Elite Software", StringComparison.Ordinal));
        // The four hot examples lead, Microsoft Excel first (two occupations list it, the others one).
        Assert.Equal(["Spreadsheet software", "Document management software", "Computer aided design CAD software", "Word processing software"],
            electrician.Groups.Take(4).Select(g => g.Key));
        Assert.Null(Load("actor").Section<SkillsSection>()?.Technology);
    }

    [Fact]
    public void College_lists_the_closest_programs_first_with_the_count_of_all()
    {
        Import(Day1);
        var nurse = Load("registered-nurse").Section<CollegeSection>()!;
        // Both nursing programs share a word with "Registered Nurses" (the one that leads to fewer jobs first);
        // biology does not. Titles lose the crosswalk's closing full stop.
        Assert.Equal([("51.3801", "Registered Nursing/Registered Nurse"), ("51.3808", "Nursing Science"), ("26.0101", "Biology/Biological Sciences, General")],
            nurse.Programs.Select(p => (p.Cip, p.Title)));
        Assert.Equal((3, 0, "NCES and BLS CIP 2020 to SOC 2018 crosswalk"), (nurse.ProgramCount, nurse.NotShown, nurse.FiguresSource));
        Assert.Equal("https://nces.ed.gov/collegenavigator/?p=51.3801", nurse.Programs[0].CollegeNavigator);

        var pilots = Load("airline-pilots-copilots-and-flight-engineers").Section<CollegeSection>()!;
        Assert.Equal((300, 294), (pilots.ProgramCount, pilots.NotShown));
        Assert.Equal(["49.0001", "49.0002", "49.0003", "49.0004", "49.0005", "49.0006"], pilots.Programs.Select(p => p.Cip));

        // No program leads to acting in this copy: the section is there, saying so, with no list.
        var actor = Load("actor");
        Assert.Equal((0, 0), (actor.Section<CollegeSection>()!.ProgramCount, actor.Section<CollegeSection>()!.Programs.Count));
        Assert.DoesNotContain(actor.Section<SourcesSection>()!.Items, i => i.Title.Contains("CIP", StringComparison.Ordinal));
        Assert.Equal(["46.0302"], Load("electrician").Section<CollegeSection>()!.Programs.Select(p => p.Cip));
    }

    [Fact]
    public void Every_imported_guide_answers_the_questions_students_ask_from_its_own_figures()
    {
        Import(Day1);
        var nurse = Load("registered-nurse").Section<FaqSection>()!.Entries;
        Assert.Equal(["How much does a registered nurse make?", "Do you need a degree to be a registered nurse?", "What should I study to become a registered nurse?",
            "Are registered nurses in demand?", "How do I become a registered nurse?", "What skills and software does a registered nurse use?"], nurse.Select(e => e.Question));
        string Answer(IReadOnlyList<FaqEntry> entries, string start) => HtmlText.Plain(entries.Single(e => e.Question.StartsWith(start, StringComparison.Ordinal)).Answer);
        Assert.StartsWith("The median pay is $93,600 a year: half of the workers earn more, half less. The lowest-paid tenth earn less than $66,030, and the highest-paid tenth more than $135,320. (Source: BLS OEWS May 2024",
            Answer(nurse, "How much"), StringComparison.Ordinal);
        // Less than a bachelor's degree: 0.5 + 1.2 + 3.9 + 25.6 = 31.2%.
        Assert.StartsWith("Usually. BLS says the usual way in is a four-year degree (bachelor's). Of the people doing it, 31% have less education than that.",
            Answer(nurse, "Do you need"), StringComparison.Ordinal);
        Assert.StartsWith("3 programs of study lead to this work. The closest are Registered Nursing/Registered Nurse, Nursing Science and Biology/Biological Sciences, General.",
            Answer(nurse, "What should I study"), StringComparison.Ordinal);
        Assert.StartsWith("Employment is projected to grow 4.9% from 2024 to 2034, faster than the 3.1% projected for all occupations. About 189,100 jobs open up each year",
            Answer(nurse, "Are registered"), StringComparison.Ordinal);
        Assert.Contains("Software people use includes Epic Systems, MEDITECH software, Allscripts Sunrise and Microsoft Excel.", Answer(nurse, "What skills"), StringComparison.Ordinal);

        // A wage at the survey's cap is said as such; with no program in the crosswalk there is no study question.
        var pilots = Load("airline-pilots-copilots-and-flight-engineers").Section<FaqSection>()!.Entries;
        Assert.Contains("and the highest-paid tenth $239,200 or more.", Answer(pilots, "How much"), StringComparison.Ordinal);
        // A title that names several jobs is asked about in the plural.
        Assert.Equal("How much do airline pilots, copilots, and flight engineers make?", pilots[0].Question);
        Assert.Equal("Do airline pilots, copilots, and flight engineers need a degree?", pilots[1].Question);
        var actor = Load("actor").Section<FaqSection>()!.Entries;
        Assert.DoesNotContain(actor, e => e.Question.StartsWith("What should I study", StringComparison.Ordinal));
        Assert.StartsWith("The median pay is $23.33 an hour", Answer(actor, "How much does an actor make?"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_imported_guide_gets_a_high_school_plan_whose_lines_name_their_figures()
    {
        Import(Day1);
        var nurse = Load("registered-nurse").Section<HighSchoolSection>()!;
        Assert.Equal([
            "Take psychology: the work uses Psychology (importance 4.58 of 5).",
            "Get a part-time job serving customers: the work uses Customer and Personal Service (importance 4.4 of 5).",
            "Take biology and a health science or anatomy class: the work uses Medicine and Dentistry (importance 4.4 of 5).",
            // Epic Systems and MEDITECH come first on the list but are not something to start on in high school;
            // YouTube (filed under video editing) is a site, not a tool to learn.
            "Start learning Microsoft Excel, a spreadsheet program: people in this work use it, and employers often ask for it.",
            "Volunteer to help people, for example as a tutor, at a hospital or at a food bank: the work scores high on Social interests (5.62 of 7).",
            "Join a science club or enter a science fair: the work scores high on Investigative interests (4.82 of 7).",
            "Plan for college: BLS says the usual way in is a four-year degree (bachelor's).",
        ], nurse.Actions);
        Assert.StartsWith("O*NET 29.0 (Knowledge, importance); O*NET 30.1 (Technology Skills); O*NET 30.1 (Interests", nurse.FiguresSource, StringComparison.Ordinal);
        Assert.Contains("Ask about apprenticeships: BLS names one as the usual training for this work.", Load("electrician").Section<HighSchoolSection>()!.Actions);

        // An editor's own plan is kept instead.
        var path = Path.Combine(Careers, "registered-nurse.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\nsources:\n", "\nhigh-school:\n  actions: [Shadow a nurse for a day]\nsources:\n", StringComparison.Ordinal));
        Assert.Equal(["Shadow a nurse for a day"], Load("registered-nurse").Section<HighSchoolSection>()!.Actions);
    }

    [Fact]
    public void A_reimport_of_the_same_data_changes_no_byte_even_on_another_day()
    {
        Import(Day1);
        var before = Directory.GetFiles(Careers).ToDictionary(f => f, File.ReadAllBytes);
        var plan = Import(Day2);
        Assert.Empty(plan.Written);
        Assert.Empty(plan.Updated);
        Assert.Equal(5, plan.Unchanged.Count);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public void A_reimport_over_an_edited_guide_refreshes_the_figures_and_keeps_every_editor_word()
    {
        Import(Day1);
        var path = Path.Combine(Careers, "registered-nurse.md");
        var original = File.ReadAllText(path);
        // An editor corrects the title, adds an alias, the definition (snapshot.summary, inside a field the import owns),
        // the main duties with a comment, and prose below the front matter.
        const string definition = "  summary: >-\n    Registered nurses care for people who are sick or hurt.\n\n    They check on patients and give medicines.\n";
        const string duties = "\n# Written after a shadowing visit.\nday:\n  duties:\n    - Check patients' vital signs and record what changed\n    - Give medicines\n    - \"Teach families: what to watch for\"\n";
        var edited = original
            .Replace("title: Registered Nurse\n", "title: Registered Nurse (RN)\naliases: [nurse]\n", StringComparison.Ordinal)
            .Replace("\nsnapshot:\n", "\nsnapshot:\n" + definition, StringComparison.Ordinal)
            .Replace("\npathway:\n", duties + "\npathway:\n", StringComparison.Ordinal)
            + "\n## Why it matters\n\nNurses are the people patients see most.\n\n## A real day\n\nShifts are long.\n"
            + "\n## College strategy\n\nMany nurses start with a two-year degree and finish a four-year one while working.\n";
        File.WriteAllText(path, edited);

        // Next year's wages: the median changes.
        var set = OccupationImport.Read(release.Sources);
        var nurses = set.Occupations.Single(o => o.Soc == "29-1141");
        var newer = nurses with { Wages = nurses.Wages with { Annual = nurses.Wages.Annual with { Median = new Wage(97000m, false) } } };
        var plan = Import(Day2, set with { Occupations = [.. set.Occupations.Select(o => o.Soc == "29-1141" ? newer : o)] });

        Assert.Equal([path], plan.Updated.Select(u => u.Path));
        var after = File.ReadAllText(path);
        Assert.Contains("title: Registered Nurse (RN)\naliases: [nurse]\n", after, StringComparison.Ordinal);
        Assert.Contains("\nsnapshot:\n" + definition + "  titles:\n", after, StringComparison.Ordinal);
        Assert.Contains(duties + "\npathway:\n", after, StringComparison.Ordinal);
        Assert.EndsWith("---\n\n## Why it matters\n\nNurses are the people patients see most.\n\n## A real day\n\nShifts are long.\n"
            + "\n## College strategy\n\nMany nurses start with a two-year degree and finish a four-year one while working.\n", after, StringComparison.Ordinal);
        // Only the owned fields changed: the median, the summary quoting it, and the import date.
        Assert.Equal(edited.Replace("median: 93600", "median: 97000", StringComparison.Ordinal)
                .Replace("$93,600 a year", "$97,000 a year", StringComparison.Ordinal)
                .Replace("imported: 2026-11-30", "imported: 2026-12-01", StringComparison.Ordinal),
            after);
        var guide = Load("registered-nurse");
        Assert.Equal("Registered Nurse (RN)", guide.Title);
        Assert.Equal(97000m, guide.Section<MarketSection>()!.Salary.Median);
        Assert.Equal(["Check patients' vital signs and record what changed", "Give medicines", "Teach families: what to watch for"], guide.Section<DaySection>()!.Duties);
        Assert.Equal("Registered nurses care for people who are sick or hurt.\nThey check on patients and give medicines.", guide.Section<SnapshotSection>()!.Summary);
        Assert.Equal("registered-nurse", guide.Slug);
        // The editor's words about college sit beside the programs the import lists.
        var college = guide.Section<CollegeSection>()!;
        Assert.Contains("two-year degree", college.Prose.Value, StringComparison.Ordinal);
        Assert.Equal("51.3801", college.Programs[0].Cip);
    }

    [Fact]
    public void A_guide_an_editor_wrote_is_never_overwritten()
    {
        Directory.CreateDirectory(Careers);
        var editors = Path.Combine(Careers, "electrician.md");
        const string text = "---\ntitle: Electrician\nsnapshot:\n  summary: Written by hand.\n  titles: [Sparky]\n  top_skills: [Wiring]\n---\n";
        File.WriteAllText(editors, text);
        var byCode = Path.Combine(Careers, "nurse.md");
        const string nurse = "---\ntitle: Nurse\nsnapshot:\n  summary: Written by hand.\n  titles: [Nurse]\n  top_skills: [Care]\n  soc: 29-1141\n---\n";
        File.WriteAllText(byCode, nurse);

        var plan = Import(Day1);
        Assert.Equal(text, File.ReadAllText(editors));
        Assert.Equal(nurse, File.ReadAllText(byCode));
        // Same name, no code: the imported guide takes its code into the slug instead.
        Assert.Contains(plan.Written, w => Path.GetFileName(w.Path) == "electrician-472111.md");
        Assert.Contains(plan.Skipped, s => s.What.StartsWith("29-1141", StringComparison.Ordinal) && s.Reason == "nurse.md is an editor's guide for it (no import marker); left alone");
        Assert.DoesNotContain(plan.Written, w => w.Path.EndsWith("registered-nurse.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_source_file_writes_nothing()
    {
        File.Delete(Path.Combine(release.Projections, "skills.xlsx"));
        var error = Assert.Throws<ImportException>(() => Import(Day1));
        Assert.Contains("skills.xlsx", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Careers) && Directory.EnumerateFileSystemEntries(Careers).Any());
    }

    [Fact]
    public void Composed_text_is_ours_never_the_publishers_descriptions()
    {
        Import(Day1);
        foreach (var file in Directory.GetFiles(Careers))
            Assert.DoesNotContain("Fixture description", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Registered Nurses", "Registered Nurse")]
    [InlineData("Accountants and Auditors", "Accountant and Auditor")]
    [InlineData("Heavy and Tractor-Trailer Truck Drivers", "Heavy and Tractor-Trailer Truck Driver")]
    [InlineData("Waiters and Waitresses", "Waiter and Waitress")]
    [InlineData("Secretaries and Administrative Assistants", "Secretary and Administrative Assistant")]
    [InlineData("Coaches and Scouts", "Coach and Scout")]
    [InlineData("Nurse Midwives", "Nurse Midwife")]
    [InlineData("First-Line Supervisors of Police and Detectives", "First-Line Supervisor of Police and Detectives")]
    [InlineData("Dispatchers, Except Police, Fire, and Ambulance", "Dispatcher, Except Police, Fire, and Ambulance")]
    [InlineData("Farmworkers and Laborers, Crop, Nursery, and Greenhouse", "Farmworker and Laborer, Crop, Nursery, and Greenhouse")]
    [InlineData("Sales Representatives, Services, All Other", "Sales Representative, Services, All Other")]
    [InlineData("Cooks, Restaurant", "Cook, Restaurant")]
    [InlineData("Plant and System Operators, All Other", "Plant and System Operator, All Other")]
    [InlineData("Airline Pilots, Copilots, and Flight Engineers", "Airline Pilots, Copilots, and Flight Engineers")]
    [InlineData("Securities, Commodities, and Financial Services Sales Agents", "Securities, Commodities, and Financial Services Sales Agents")]
    [InlineData("Police and Sheriff's Patrol Officers", "Police and Sheriff's Patrol Officer")]
    public void Titles_read_the_way_students_search(string published, string shown) => Assert.Equal(shown, Titles.Singular(published));
}
