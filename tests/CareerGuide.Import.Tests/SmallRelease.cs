using System.Text;

namespace CareerGuide.Import.Tests;

/// <summary>
/// A handful of real rows from each publisher's file (O*NET 30.1, Employment Projections 2024-34, OEWS
/// May 2024), written in the publishers' own layouts: title rows and footnotes around the BLS tables, the
/// O*NET files' exact headers. The rows cover the edge cases: top-coded wages (pilots), an hourly-only
/// occupation (actors), wages not available ('*'), O*NET specialty codes (.01) beside the main .00 code,
/// an occupation O*NET does not rate (13-1020, a BLS group), and one with no wages (45-3031).
/// </summary>
internal sealed class SmallRelease : IDisposable
{
    public SmallRelease()
    {
        Directory.CreateDirectory(Onet);
        Directory.CreateDirectory(Projections);
        WriteOnet();
        WriteProjections();
        WriteWages();
        WriteWorkValues();
        WriteKnowledge();
        WritePrograms();
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("careerguide-import-").FullName;

    public string Onet => Path.Combine(Root, "onet-30.1");

    public string Projections => Path.Combine(Root, "bls-ep-2024-34");

    public string Wages => Path.Combine(Root, "national_M2024_dl.xlsx");

    public string WorkValues => Path.Combine(Root, "Work Values.xlsx");

    public string Knowledge => Path.Combine(Root, "onet-29.0", "Knowledge.xlsx");

    public string Programs => Path.Combine(Root, "CIP2020_SOC2018_Crosswalk.xlsx");

    public ImportSources Sources => new(Onet, Projections, Wages, WorkValues, Knowledge, Programs);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private const string Code = "2024 National Employment Matrix code", Title = "2024 National Employment Matrix title";

    private void Tab(string name, params string[] lines) =>
        File.WriteAllText(Path.Combine(Onet, name), string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));

    private void WriteOnet()
    {
        File.WriteAllText(Path.Combine(Onet, "Read Me.txt"), "O*NET 30.1 Database\r\nDecember 2025 Release\r\n---------------------\r\n", new UTF8Encoding(false));
        // Descriptions here are the fixture's own words; the import must never read that column.
        Tab("Occupation Data.txt", "O*NET-SOC Code\tTitle\tDescription",
            "27-2011.00\tActors\tFixture description of actors.",
            "29-1141.00\tRegistered Nurses\tFixture description of nurses.",
            "29-1141.01\tAcute Care Nurses\tFixture description of a specialty.",
            "47-2111.00\tElectricians\tFixture description of electricians.",
            "53-2011.00\tAirline Pilots, Copilots, and Flight Engineers\tFixture description of pilots.");
        Tab("Sample of Reported Titles.txt", "O*NET-SOC Code\tReported Job Title\tShown in My Next Move",
            "29-1141.00\tCharge Nurse\tY", "29-1141.00\tEmergency Department RN (Emergency Department Registered Nurse)\tY",
            "47-2111.00\tElectrician\tY", "47-2111.00\tJourneyman Electrician\tY");
        Tab("Alternate Titles.txt", "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)",
            "29-1141.00\tCardiac Care Unit Nurse (CCU Nurse)\tCCU Nurse\t02,04", "29-1141.00\tRegistered Nurse\tRN\t04",
            "29-1141.00\tCentral Supply Nurse\tn/a\t04,06");
        Tab("Related Occupations.txt", "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex",
            "29-1141.00\t29-1171.00\tPrimary-Short\t2", "29-1141.00\t29-1141.01\tPrimary-Short\t1");
        Tab("Job Zones.txt", "O*NET-SOC Code\tJob Zone\tDate\tDomain Source",
            "27-2011.00\t2\t07/2017\tAnalyst", "29-1141.00\t4\t08/2021\tAnalyst", "29-1141.01\t4\t08/2025\tAnalyst", "47-2111.00\t3\t08/2022\tAnalyst");
        var areas = new[] { ("a", "Realistic"), ("b", "Investigative"), ("c", "Artistic"), ("d", "Social"), ("e", "Enterprising"), ("f", "Conventional") };
        string[] Interests(string code, params string[] scores) =>
            [.. areas.Select((a, i) => $"{code}\t1.B.1.{a.Item1}\t{a.Item2}\tOI\t{scores[i]}\t11/2023\tMachine Learning"),
             $"{code}\t1.B.1.g\tFirst Interest High-Point\tIH\t4.00\t11/2023\tMachine Learning"];
        Tab("Interests.txt", ["O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source",
            .. Interests("27-2011.00", "2.31", "2.13", "7.00", "4.10", "4.00", "1.67"),
            .. Interests("29-1141.00", "3.66", "4.82", "1.31", "5.62", "2.28", "4.58")]);
        // Real rows. Nurses: one example with both flags, one in demand only (as the file has for some
        // occupations), hot ones, plain ones. Electricians: 16 examples, none in demand; two only repeat their kind's name
        // ("Spreadsheet software"), which leaves two more than a guide shows.
        Tab("Technology Skills.txt", "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand",
            "29-1141.00\tAllscripts Sunrise\t43232610\tMedical software\tN\tN",
            "29-1141.00\tEpic Systems\t43232610\tMedical software\tY\tY",
            "29-1141.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN",
            "29-1141.00\tMEDITECH software\t43232610\tMedical software\tN\tY",
            "29-1141.00\tYouTube\t43232103\tVideo creation and editing software\tN\tN",
            "47-2111.00\tAdobe Acrobat\t43232202\tDocument management software\tY\tN",
            "47-2111.00\tAutodesk AutoCAD\t43232604\tComputer aided design CAD software\tY\tN",
            "47-2111.00\tAVEVA InTouch HMI\t43232608\tIndustrial control software\tN\tN",
            "47-2111.00\tComputer aided design CAD software\t43232604\tComputer aided design CAD software\tN\tN",
            "47-2111.00\tConstruction Master Pro\t43232605\tAnalytical or scientific software\tN\tN",
            "47-2111.00\tCraftsman CD Estimator\t43231507\tProject management software\tN\tN",
            "47-2111.00\tDatabase software\t43232306\tData base user interface and query software\tN\tN",
            "47-2111.00\tElectrosoft FlashWorks\t43232605\tAnalytical or scientific software\tN\tN",
            "47-2111.00\tLighting calculation software\t43232605\tAnalytical or scientific software\tN\tN",
            "47-2111.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN",
            "47-2111.00\tMicrosoft Word\t43232104\tWord processing software\tY\tN",
            "47-2111.00\tOne Mile Up Panel Planner\t43232604\tComputer aided design CAD software\tN\tN",
            "47-2111.00\tProgrammable logic controller PLC software\t43232608\tIndustrial control software\tN\tN",
            "47-2111.00\tSpreadsheet software\t43232110\tSpreadsheet software\tN\tN",
            "47-2111.00\tElite Software E-Coord\t43232605\tAnalytical or scientific software\tN\tN",
            "47-2111.00\tElite Software Inpoint\t43232605\tAnalytical or scientific software\tN\tN");
    }

    // O*NET 29.0's layout: importance (IM, 1-5) and level (LV) per area. Nurses: seven areas rated 3 or more
    // (one more than a guide shows) with a tie, one rated below 3, and one whose estimate O*NET recommends
    // suppressing; electricians: three; actors are not rated.
    private void WriteKnowledge()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Knowledge)!);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Knowledge)!, "Read Me.txt"), "O*NET 29.0 Database\r\nAugust 2024 Release\r\n-------------------\r\n", new UTF8Encoding(false));
        IEnumerable<object?[]> Area(string code, string title, string id, string area, double importance, string suppress = "N") =>
        [
            [code, title, id, area, "IM", "Importance", importance, 20.0, 0.2, 3.0, 4.0, suppress, null, "08/2023", "Incumbent"],
            [code, title, id, area, "LV", "Level", importance + 1, 20.0, 0.2, 3.0, 4.0, "N", "N", "08/2023", "Incumbent"],
        ];
        SmallWorkbook.Write(Knowledge, ("Knowledge", [
            ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date", "Domain Source"],
            .. Area("29-1141.00", "Registered Nurses", "2.C.1.a", "Administration and Management", 3.29),
            .. Area("29-1141.00", "Registered Nurses", "2.C.1.b", "Administrative", 3.55),
            .. Area("29-1141.00", "Registered Nurses", "2.C.1.e", "Customer and Personal Service", 4.4),
            .. Area("29-1141.00", "Registered Nurses", "2.C.2.b", "Food Production", 1.2),
            .. Area("29-1141.00", "Registered Nurses", "2.C.4.a", "Mathematics", 3.43),
            .. Area("29-1141.00", "Registered Nurses", "2.C.4.d", "Chemistry", 4.9, suppress: "Y"),
            .. Area("29-1141.00", "Registered Nurses", "2.C.4.e", "Psychology", 4.58),
            .. Area("29-1141.00", "Registered Nurses", "2.C.5.a", "Medicine and Dentistry", 4.4),
            .. Area("29-1141.00", "Registered Nurses", "2.C.5.b", "Therapy and Counseling", 3.43),
            .. Area("47-2111.00", "Electricians", "2.C.3.d", "Building and Construction", 3.67),
            .. Area("47-2111.00", "Electricians", "2.C.3.e", "Mechanical", 3.42),
            .. Area("47-2111.00", "Electricians", "2.C.4.a", "Mathematics", 3.4),
            .. Area("47-2111.00", "Electricians", "2.C.8.a", "Public Safety and Security", 2.87),
        ]));
    }

    // O*NET's layout: six extents (EX) and three high points (VH, the values' numbers 1-6; 0 for none).
    // Nurses: Relationships, Support, Working Conditions; actors: Achievement, Recognition and no third;
    // electricians: a high point repeated (Support twice) counts once.
    private void WriteWorkValues()
    {
        string[] names = ["Achievement", "Working Conditions", "Recognition", "Relationships", "Support", "Independence"];
        IEnumerable<object?[]> Occupation(string code, string title, double[] extents, params int[] highPoints) =>
        [
            .. names.Select((n, i) => new object?[] { code, title, $"1.B.2.{(char)('a' + i)}", n, "EX", "Extent", extents[i], "06/2008", "Analyst" }),
            .. new[] { "First", "Second", "Third" }.Select((o, i) => new object?[] { code, title, $"1.B.2.{(char)('g' + i)}", $"{o} Work Value High-Point", "VH", "Work Value High-Point", (double)highPoints[i], "06/2008", "Analyst" }),
        ];
        SmallWorkbook.Write(WorkValues, ("Work Values", [
            ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value", "Date", "Domain Source"],
            .. Occupation("27-2011.00", "Actors", [5.67, 3.33, 6.33, 3.67, 3.00, 5.00], 1, 3, 0),
            .. Occupation("29-1141.00", "Registered Nurses", [5.33, 6.00, 4.67, 6.33, 6.17, 4.33], 4, 5, 2),
            .. Occupation("47-2111.00", "Electricians", [5.67, 5.50, 4.33, 4.67, 5.83, 4.67], 5, 5, 1),
        ]));
    }

    // The crosswalk's layout (a guide sheet first). Nurses: two nursing programs and a general one that leads to
    // more occupations; electricians: one; pilots: 300 (fixture titles); actors: only a "NO MATCH" pair, which is no program; another pair leads nowhere.
    private void WritePrograms()
    {
        object?[] Pair(string cip, string title, string soc, string socTitle) => [cip, title, soc, socTitle];
        SmallWorkbook.Write(Programs,
            ("File Guide", [["CIP 2020 to SOC 2018 crosswalk"]]),
            ("CIP-SOC", [
                ["CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"],
                Pair("01.0508", "Taxidermy/Taxidermist.", "99-9999", "NO MATCH"),
                Pair("99.9999", "NO MATCH", "27-2011", "Actors"),
                Pair("26.0101", "Biology/Biological Sciences, General.", "19-1029", "Biological Scientists, All Other"),
                Pair("26.0101", "Biology/Biological Sciences, General.", "25-1042", "Biological Science Teachers, Postsecondary"),
                Pair("26.0101", "Biology/Biological Sciences, General.", "29-1141", "Registered Nurses"),
                Pair("46.0302", "Electrician.", "47-1011", "First-Line Supervisors of Construction Trades and Extraction Workers"),
                Pair("46.0302", "Electrician.", "47-2111", "Electricians"),
                .. Enumerable.Range(1, 300).Select(i => Pair($"49.{i:0000}", $"Fixture Flight Program {i}.", "53-2011", "Airline Pilots, Copilots, and Flight Engineers")),
                Pair("51.3801", "Registered Nursing/Registered Nurse.", "25-1072", "Nursing Instructors and Teachers, Postsecondary"),
                Pair("51.3801", "Registered Nursing/Registered Nurse.", "29-1141", "Registered Nurses"),
                Pair("51.3808", "Nursing Science.", "25-1072", "Nursing Instructors and Teachers, Postsecondary"),
                Pair("51.3808", "Nursing Science.", "29-1141", "Registered Nurses"),
                Pair("51.3808", "Nursing Science.", "29-1171", "Nurse Practitioners"),
            ]));
    }

    private void WriteProjections()
    {
        object?[] Footer(string text) => [text];
        SmallWorkbook.Write(Path.Combine(Projections, "occupation.xlsx"),
            ("Index", [["Employment Projections tables"]]),
            ("Table 1.2", [
                ["Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"],
                [Title, Code, "Occupation type", "Employment, 2024", "Employment, 2034", "Employment distribution, percent, 2024", "Employment distribution, percent, 2034",
                 "Employment change, numeric, 2024–34", "Employment change, percent, 2024–34", "Percent self employed, 2024", "Occupational openings, 2024–34 annual average",
                 "Median annual wage, dollars, 2024[1]", "Typical education needed for entry", "Work experience in a related occupation",
                 "Typical on-the-job training needed to attain competency in the occupation", "Related Occupational Outlook Handbook (OOH) content xlsx"],
                ["Total, all occupations", "00-0000", "Summary", 169956.1, 175167.9, 100, 100, 5211.8, 3.1, 5.8, 18863.3, 49500, "—", "—", "—", "—"],
                ["      Buyers and purchasing agents", "13-1020", "Line item", 522.20000000000005, 552.29999999999995, 0.3, 0.3, 30.1, 5.8, 4.7, 52.2, 75650, "Bachelor's degree", "None", "Moderate-term on-the-job training", "OOH Content"],
                ["        Actors", "27-2011", "Line item", 57, 57.1, 0, 0, 0.2, 0.3, 27.9, 6.3, "—", "Some college, no degree", "None", "Long-term on-the-job training", "OOH Content"],
                ["      Registered nurses", "29-1141", "Line item", 3391, 3557.1, 2, 2, 166.1, 4.9000000000000004, 0.5, 189.1, 93600, "Bachelor's degree", "None", "None", "OOH Content"],
                ["      Fishing and hunting workers", "45-3031", "Line item", 21.9, 20.9, 0, 0, -1, -4.5999999999999996, 57.1, 2.8, "—", "No formal educational credential", "None", "Moderate-term on-the-job training", "OOH Content"],
                ["      Electricians", "47-2111", "Line item", 818.7, 896.1, 0.5, 0.5, 77.400000000000006, 9.5, 7.8, 81, 62350, "High school diploma or equivalent", "None", "Apprenticeship", "OOH Content"],
                ["        Airline pilots, copilots, and flight engineers", "53-2011", "Line item", 100, 103.9, 0.1, 0.1, 3.9, 3.9, "—", 11.7, 226600, "Bachelor's degree", "Less than 5 years", "Moderate-term on-the-job training", "OOH Content"],
                Footer("Footnotes:"), Footer("Source: Employment Projections program, U.S. Bureau of Labor Statistics")]));
        SmallWorkbook.Write(Path.Combine(Projections, "education.xlsx"),
            ("Table 5.3", [
                ["Table 5.3 Educational attainment for workers 25 years and older by detailed occupation, 2022–23 (Percent)"],
                [Title, Code, "Less than high school diploma", "High school diploma or equivalent", "Some college, no degree", "Associate's degree", "Bachelor's degree", "Master's degree", "Doctoral or professional degree"],
                ["Actors", "27-2011", 2.8, 9.9, 17.2, 6.2, 48.7, 13, 2.2000000000000002],
                ["Registered nurses", "29-1141", 0.5, 1.2, 3.9, 25.6, 54.4, 11.8, 2.7],
                ["Electricians", "47-2111", 8.1999999999999993, 37.299999999999997, 29.7, 15.4, 7.8, 1.3, 0.3],
                Footer("Table Source: Employment Projections program, U.S. Bureau of Labor Statistics")]));
        string[] skills = ["Adaptability", "Computers and information technology", "Creativity and innovation", "Critical and analytical thinking",
            "Customer service", "Detail oriented", "Fine motor", "Interpersonal", "Leadership", "Mathematics", "Mechanical",
            "Physical strength and stamina", "Problem solving and decision making", "Project management", "Science",
            "Speaking and listening", "Writing and reading"];
        SmallWorkbook.Write(Path.Combine(Projections, "skills.xlsx"),
            ("Table 6.2", [
                ["Table 6.2 Top skills by detailed occupation and 2024–34 employment projections (Employment in thousands)"],
                [Title, Code, "Employment, 2024", "Top highest skill", "Second highest skill", "Third highest skill"],
                ["  Registered nurses", "29-1141", 3391, "Interpersonal", "Adaptability", "Detail oriented"],
                ["  Electricians", "47-2111", 818.7, "Detail oriented", "Adaptability", "Problem solving and decision making"]]),
            ("Table 6.5", [
                ["Table 6.5 Percentile rank of detailed occupations by skill, 2024"],
                [Title, Code, .. skills],
                ["Registered nurses", "29-1141", 91, 66, 63, 77, 90, 87, 51, 97, 91, 80, 42, 78, 88, 60, 83, 70, 79],
                ["Electricians", "47-2111", 61, 25, 70, 69, 59, 81, 96, 48, 91, 81, 96, 97, 83, 93, 53, 30, 44],
                Footer("Source: Employment Projections program, U.S. Bureau of Labor Statistics")]));
    }

    private void WriteWages()
    {
        object?[] Row(string code, string title, string group, object employment, params object[] wages) =>
            ["99", "U.S.", "1", "US", "000000", "Cross-industry", "cross-industry", "1235", code, title, group, employment, .. wages];
        SmallWorkbook.Write(Wages,
            ("national_M2024_dl", [
                ["AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
                 "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"],
                Row("29-0000", "Healthcare Practitioners and Technical Occupations", "major", 9592690, 21.13, 29.66, 39.950000000000003, 56.92, 81.37, 43940, 61680, 83090, 118400, 169250, "", ""),
                Row("13-1020", "Buyers and Purchasing Agents", "broad", 486900, 22.34, 28.21, 36.369999999999997, 47.69, 61.31, 46460, 58670, 75650, 99190, 127520, "", ""),
                Row("13-1020", "Buyers and Purchasing Agents", "detailed", 486900, 22.34, 28.21, 36.369999999999997, 47.69, 61.31, 46460, 58670, 75650, 99190, 127520, "", ""),
                Row("27-2011", "Actors", "detailed", 38800, 14, 16.940000000000001, 23.33, 41.09, 97.19, "*", "*", "*", "*", "*", "", "TRUE"),
                Row("29-1141", "Registered Nurses", "detailed", 3282010, 31.75, 37.79, 45, 51.9, 65.06, 66030, 78610, 93600, 107960, 135320, "", ""),
                Row("47-2111", "Electricians", "detailed", 742580, 18.96, 23.47, 29.98, 39.29, 50.98, 39430, 48820, 62350, 81730, 106030, "", ""),
                Row("53-2011", "Airline Pilots, Copilots, and Flight Engineers", "detailed", 99300, "*", "*", "*", "*", "*", 98560, 154360, 226600, "#", "#", "TRUE", ""),
                // A made-up code, to stand for an occupation with wages but no projections.
                Row("99-9999", "Wage-only fixture occupation", "detailed", 1000, 10, 11, 12, 13, 14, 20800, 22880, 24960, 27040, 29120, "", "")]),
            ("Field Descriptions", [
                ["May 2024 OEWS Estimates"],
                ["Field", "Field Description"],
                ["*  = indicates that a wage estimate is not available "],
                ["#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "]]));
    }
}
