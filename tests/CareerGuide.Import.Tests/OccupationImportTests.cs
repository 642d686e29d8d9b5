namespace CareerGuide.Import.Tests;

/// <summary>Reading the publishers' files, on small copies in their own formats.</summary>
public sealed class OccupationImportTests : IDisposable
{
    private readonly SmallRelease release = new();

    public void Dispose() => release.Dispose();

    private OccupationSet Read() => OccupationImport.Read(release.Sources);

    private Occupation Get(string soc) => Assert.Single(Read().Occupations, o => o.Soc == soc);

    [Fact]
    public void One_occupation_per_detailed_code_with_both_projections_and_wages_the_rest_skipped_with_reasons()
    {
        var set = Read();
        Assert.Equal(["13-1020", "27-2011", "29-1141", "47-2111", "53-2011"], set.Occupations.Select(o => o.Soc));
        Assert.Equal(
            [("45-3031", "no wages in OEWS May 2024"), ("99-9999", "no projections in Employment Projections 2024-34")],
            set.Skipped.Select(s => (s.Soc, s.Reason)));
    }

    [Fact]
    public void Projections_are_read_as_published_with_the_binary_noise_rounded_away()
    {
        var nurses = Get("29-1141");
        Assert.Equal("Registered Nurses", nurses.Title);
        Assert.Equal(new Projection(3391m, 3557.1m, 4.9m, 189.1m, "Bachelor's degree", "None", "None"), nurses.Projection);
        Assert.Equal("Apprenticeship", Get("47-2111").Projection.Training);
        Assert.Equal(8.2m, Get("47-2111").Attainment[0].Percent);
        Assert.Equal(["Less than high school diploma", "High school diploma or equivalent", "Some college, no degree", "Associate's degree",
            "Bachelor's degree", "Master's degree", "Doctoral or professional degree"], nurses.Attainment.Select(a => a.Level));
        Assert.Equal(100.1m, nurses.Attainment.Sum(a => a.Percent)); // the publisher's rounding, kept as published
    }

    [Fact]
    public void Wages_keep_every_percentile_annual_and_hourly()
    {
        var wages = Get("29-1141").Wages;
        Assert.Equal([66030m, 78610m, 93600m, 107960m, 135320m], Amounts(wages.Annual));
        Assert.Equal([31.75m, 37.79m, 45m, 51.9m, 65.06m], Amounts(wages.Hourly));
        Assert.Equal(3282010, wages.Employment);
        Assert.False(wages.HourlyOnly || wages.AnnualOnly);
    }

    [Fact]
    public void A_top_coded_wage_is_the_cap_from_the_workbook_marked_as_or_more()
    {
        var pilots = Get("53-2011").Wages;
        Assert.Equal(new Wage(226600m, false), pilots.Annual.Median);
        Assert.Equal(new Wage(239200m, true), pilots.Annual.P75);
        Assert.Equal(new Wage(239200m, true), pilots.Annual.P90);
        Assert.True(pilots.AnnualOnly);
        Assert.True(pilots.Hourly.IsEmpty); // '*': not available
        Assert.Equal((239200m, 115.00m), (Read().AnnualCap, Read().HourlyCap));
    }

    [Fact]
    public void An_hourly_only_occupation_has_hourly_wages_and_no_annual_ones()
    {
        var actors = Get("27-2011").Wages;
        Assert.True(actors.HourlyOnly);
        Assert.True(actors.Annual.IsEmpty);
        Assert.Equal(23.33m, actors.Hourly.Median.Amount);
        Assert.Equal(16.94m, actors.Hourly.P25.Amount);
    }

    [Fact]
    public void Onet_joins_on_the_main_code_and_never_on_a_specialty()
    {
        var onet = Get("29-1141").Onet;
        Assert.NotNull(onet);
        Assert.Equal(("29-1141.00", "Registered Nurses", 4), (onet.Code, onet.Title, onet.JobZone));
        Assert.Equal(["Charge Nurse", "Emergency Department RN (Emergency Department Registered Nurse)"], onet.ReportedTitles);
        Assert.Equal(["Cardiac Care Unit Nurse (CCU Nurse)", "CCU Nurse", "Registered Nurse", "RN", "Central Supply Nurse"], onet.AlternateTitles);
        Assert.Equal(["29-1141.01", "29-1171.00"], onet.Related); // by O*NET's index, not file order
        Assert.Equal([("Realistic", 3.66m), ("Investigative", 4.82m), ("Artistic", 1.31m), ("Social", 5.62m), ("Enterprising", 2.28m), ("Conventional", 4.58m)],
            onet.Interests.Select(i => (i.Area, i.Score)));
    }

    [Fact]
    public void An_occupation_that_onet_does_not_rate_is_still_imported_with_the_bls_figures()
    {
        var buyers = Get("13-1020");
        Assert.Null(buyers.Onet);
        Assert.Empty(buyers.Skills);
        Assert.Equal(75650m, buyers.Wages.Annual.Median.Amount);
        Assert.Empty(Get("47-2111").Onet!.Interests); // rated for Job Zone, not for interests
    }

    [Fact]
    public void Skills_are_the_seventeen_percentile_ranks_and_the_top_three()
    {
        var nurses = Get("29-1141");
        Assert.Equal(17, nurses.Skills.Count);
        Assert.Equal(new SkillPercentile("Adaptability", 91), nurses.Skills[0]);
        Assert.Equal(new SkillPercentile("Interpersonal", 97), nurses.Skills[7]);
        Assert.Equal(["Interpersonal", "Adaptability", "Detail oriented"], nurses.TopSkills);
    }

    [Fact]
    public void Descriptions_are_never_read()
    {
        var set = Read();
        Assert.DoesNotContain(set.Occupations, o => System.Text.Json.JsonSerializer.Serialize(o).Contains("Fixture description", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(release.Onet, "Job Zones.txt"));
        var error = Assert.Throws<ImportException>(Read);
        Assert.EndsWith("Job Zones.txt: the O*NET file 'Job Zones.txt' is missing; give the folder of the O*NET text release (its files as published)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_there_are()
    {
        var path = Path.Combine(release.Onet, "Interests.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Data Value", "Value", StringComparison.Ordinal));
        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("Interests.txt: no column 'Data Value'; the columns are: 'O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Value', 'Date', 'Domain Source'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sheet_is_named_with_the_sheets_there_are()
    {
        SmallWorkbook.Write(Path.Combine(release.Projections, "education.xlsx"), ("Table 5.2", [["x"]]));
        var error = Assert.Throws<ImportException>(Read);
        Assert.EndsWith("education.xlsx: no sheet 'Table 5.3'; the sheets are: 'Table 5.2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_column_that_is_missing_is_named()
    {
        SmallWorkbook.Write(release.Wages, ("national_M2024_dl", [["OCC_CODE", "OCC_TITLE"]]));
        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("national_M2024_dl.xlsx [national_M2024_dl]: no header row with the columns 'OCC_CODE', 'OCC_TITLE', 'O_GROUP'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_values_are_the_high_points_in_order_with_their_extents()
    {
        Assert.Equal([new WorkValueExtent("Relationships", 6.33m), new WorkValueExtent("Support", 6.17m), new WorkValueExtent("Working Conditions", 6.00m)],
            Get("29-1141").Onet!.WorkValues);
        // No third high point (0), and a high point given twice, count once.
        Assert.Equal(["Achievement", "Recognition"], Get("27-2011").Onet!.WorkValues.Select(v => v.Name));
        Assert.Equal(["Support", "Achievement"], Get("47-2111").Onet!.WorkValues.Select(v => v.Name));
    }

    [Fact]
    public void A_missing_work_values_workbook_is_named()
    {
        File.Delete(release.WorkValues);
        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("Work Values.xlsx", error.Message, StringComparison.Ordinal);
        SmallWorkbook.Write(release.WorkValues, ("Values", [["x"]]));
        Assert.EndsWith("no sheet 'Work Values'; the sheets are: 'Values'", Assert.Throws<ImportException>(Read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Knowledge_is_the_importance_of_each_area_in_onets_order_without_suppressed_estimates()
    {
        var nurses = Get("29-1141").Onet!.Knowledge;
        Assert.Equal(8, nurses.Count); // nine rated; Chemistry's estimate is one O*NET recommends suppressing
        Assert.DoesNotContain(nurses, k => k.Area == "Chemistry");
        Assert.Equal(new KnowledgeImportance("Administration and Management", 3.29m), nurses[0]);
        Assert.Empty(Get("27-2011").Onet!.Knowledge); // actors are not rated
        Assert.Equal("29.0", Read().Releases.KnowledgeVersion);
    }

    [Fact]
    public void Technology_keeps_both_of_onets_flags()
    {
        var nurses = Get("29-1141").Onet!.Technology;
        Assert.Equal(new TechnologyExample("Epic Systems", "Medical software", Hot: true, InDemand: true) { UsedBy = 1 }, nurses[1]);
        Assert.Equal(new TechnologyExample("MEDITECH software", "Medical software", Hot: false, InDemand: true) { UsedBy = 1 }, nurses[3]);
        Assert.Equal(2, nurses[2].UsedBy); // Microsoft Excel: nurses and electricians
        Assert.Equal(16, Get("47-2111").Onet!.Technology.Count);
    }

    [Fact]
    public void A_missing_knowledge_workbook_or_technology_file_is_named()
    {
        File.Delete(release.Knowledge);
        Assert.Contains("Knowledge.xlsx: the workbook is missing", Assert.Throws<ImportException>(Read).Message, StringComparison.Ordinal);
        SmallWorkbook.Write(release.Knowledge, ("Knowledge", [["O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"]]));
        Assert.Contains("'Recommend Suppress'", Assert.Throws<ImportException>(Read).Message, StringComparison.Ordinal);
        File.Delete(Path.Combine(release.Onet, "Technology Skills.txt"));
        Assert.Contains("the O*NET file 'Technology Skills.txt' is missing", Assert.Throws<ImportException>(Read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Programs_come_with_how_many_occupations_each_leads_to_and_no_match_pairs_lead_nowhere()
    {
        Assert.Equal([new StudyProgram("26.0101", "Biology/Biological Sciences, General", 3), new StudyProgram("51.3801", "Registered Nursing/Registered Nurse", 2),
            new StudyProgram("51.3808", "Nursing Science", 3)], Get("29-1141").Programs);
        Assert.Equal(300, Get("53-2011").Programs.Count);
        Assert.Empty(Get("27-2011").Programs); // its one pair is "NO MATCH" (CIP 99.9999)
        File.Delete(release.Programs);
        Assert.Contains("CIP2020_SOC2018_Crosswalk.xlsx: the workbook is missing", Assert.Throws<ImportException>(Read).Message, StringComparison.Ordinal);
        SmallWorkbook.Write(release.Programs, ("SOC-CIP", [["x"]]));
        Assert.EndsWith("no sheet 'CIP-SOC'; the sheets are: 'SOC-CIP'", Assert.Throws<ImportException>(Read).Message, StringComparison.Ordinal);
    }

    private static decimal?[] Amounts(WagePercentiles p) => [p.P10.Amount, p.P25.Amount, p.Median.Amount, p.P75.Amount, p.P90.Amount];
}
