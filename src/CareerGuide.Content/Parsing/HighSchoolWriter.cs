using System.Globalization;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// 11 High school plan for an imported guide, composed when the file is read from the guide's own figures: classes
/// for the knowledge the work uses most (through <see cref="Classes"/>, our table from O*NET's 33 knowledge areas to
/// high school subjects), software from its technology list a student can start on now, a club, volunteering or job
/// for its strongest interests, and what BLS says about the way in. Each line names the figure it comes from.
/// </summary>
internal static class HighSchoolWriter
{
    /// <summary>What a high school student can do for each O*NET knowledge area; content/README.md prints this table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Classes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Administration and Management"] = "Take a business class, or lead a club or a team project",
        ["Administrative"] = "Take a computer applications or office skills class",
        ["Economics and Accounting"] = "Take economics, and accounting or personal finance",
        ["Sales and Marketing"] = "Take a marketing or business class",
        ["Customer and Personal Service"] = "Get a part-time job serving customers",
        ["Personnel and Human Resources"] = "Take psychology and a business class",
        ["Production and Processing"] = "Take shop, manufacturing or culinary arts, where you make things",
        ["Food Production"] = "Take a culinary arts or agriculture class",
        ["Computers and Electronics"] = "Take computer science",
        ["Engineering and Technology"] = "Take physics and an engineering or technology class",
        ["Design"] = "Take drafting, CAD or art and design",
        ["Building and Construction"] = "Take construction or shop classes",
        ["Mechanical"] = "Take auto shop or another shop class",
        ["Mathematics"] = "Take algebra, geometry and statistics",
        ["Physics"] = "Take physics",
        ["Chemistry"] = "Take chemistry",
        ["Biology"] = "Take biology",
        ["Psychology"] = "Take psychology",
        ["Sociology and Anthropology"] = "Take sociology or another social studies class",
        ["Geography"] = "Take geography or earth science",
        ["Medicine and Dentistry"] = "Take biology and a health science or anatomy class",
        ["Therapy and Counseling"] = "Take psychology and a health class",
        ["Education and Training"] = "Tutor or coach younger students",
        ["English Language"] = "Take every English class you can",
        ["Foreign Language"] = "Take a world language",
        ["Fine Arts"] = "Take art, music, theater or dance",
        ["History and Archeology"] = "Take history",
        ["Philosophy and Theology"] = "Take philosophy, ethics or world religions if your school offers them",
        ["Public Safety and Security"] = "Take a first aid and CPR course",
        ["Law and Government"] = "Take government (civics), or join mock trial or debate",
        ["Telecommunications"] = "Take a computer networking or electronics class",
        ["Communications and Media"] = "Join the school paper, yearbook or a media class",
        ["Transportation"] = "Take driver's education",
    };

    /// <summary>Kinds of software (O*NET commodity titles) a student can start on now, and what each is.</summary>
    public static readonly IReadOnlyDictionary<string, string> Software = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Object or component oriented development software"] = "a programming language",
        ["Development environment software"] = "a tool for writing code",
        ["Web platform development software"] = "a language for building websites",
        ["Spreadsheet software"] = "a spreadsheet program",
        ["Computer aided design CAD software"] = "a program for technical drawings (CAD)",
        ["Graphics or photo imaging software"] = "a program for graphics and photos",
        ["Video creation and editing software"] = "a video editing program",
        ["Presentation software"] = "a program for slides",
        ["Desktop publishing software"] = "a page layout program",
        ["Geographic information system"] = "a mapping program",
        ["Map creation software"] = "a mapping program",
        ["Accounting software"] = "a bookkeeping program",
    };

    private static readonly HashSet<string> Sites = new(StringComparer.Ordinal) { "YouTube", "Facebook", "LinkedIn", "Instagram", "X", "Twitter", "TikTok" };

    /// <summary>A club, volunteering or a job for each interest area.</summary>
    public static readonly IReadOnlyDictionary<InterestArea, string> Activities = new Dictionary<InterestArea, string>
    {
        [InterestArea.Realistic] = "Join a robotics, shop or gardening club, or volunteer where you build or fix things",
        [InterestArea.Investigative] = "Join a science club or enter a science fair",
        [InterestArea.Artistic] = "Join the art club, band, a theater group or the school paper",
        [InterestArea.Social] = "Volunteer to help people, for example as a tutor, at a hospital or at a food bank",
        [InterestArea.Enterprising] = "Run for student council, or start a club or a small business",
        [InterestArea.Conventional] = "Keep the records or the money for a club, or help in a school office",
    };

    /// <summary>The areas whose classes are listed, at most.</summary>
    public const int MaxClasses = 3;

    /// <summary>The plan, or null when the guide has none of the figures it is made from.</summary>
    public static HighSchoolSection? Compose(IReadOnlyList<GuideSection> sections)
    {
        var invariant = CultureInfo.InvariantCulture;
        var skills = sections.OfType<SkillsSection>().FirstOrDefault();
        var fit = sections.OfType<FitSection>().FirstOrDefault();
        var requirements = sections.OfType<PathwaySection>().FirstOrDefault()?.Requirements;
        var actions = new List<string>();
        var sources = new List<string>();

        foreach (var area in (skills?.Knowledge?.Areas ?? []).Take(MaxClasses))
        {
            if (!Classes.TryGetValue(area.Area, out var action)) continue;
            actions.Add($"{action}: the work uses {area.Area} (importance {area.Importance.ToString("0.0#", invariant)} of 5).");
        }
        if (actions.Count > 0) sources.Add(skills!.Knowledge!.Source);

        // A named product or language ("Python", "Autodesk AutoCAD"), not a kind of software ("Bookkeeping software")
        // nor a site everyone uses (O*NET files YouTube under video editing).
        var tools = (skills?.Technology?.Examples ?? [])
            .Where(e => Software.ContainsKey(e.Group) && !Sites.Contains(e.Name) && !(e.Name.EndsWith(" software", StringComparison.Ordinal) && e.Name.Skip(1).All(c => !char.IsUpper(c))))
            .DistinctBy(e => e.Group).Take(2).ToList();
        foreach (var tool in tools)
            actions.Add($"Start learning {tool.Name}, {Software[tool.Group]}: people in this work use it{(tool.Hot ? ", and employers often ask for it" : string.Empty)}.");
        if (tools.Count > 0) sources.Add(skills!.Technology!.Source);

        if (fit is { Interests.Count: > 0 })
        {
            foreach (var area in fit.TopAreas.Take(2))
                actions.Add($"{Activities[area]}: the work scores high on {area} interests ({fit.Interests.First(i => i.Area == area).Score.ToString("0.0#", invariant)} of 7).");
            if (fit.FiguresSource is { } fitSource) sources.Add(fitSource);
        }

        // Few figures from O*NET: the skills BLS ranks highest for the work stand in for the knowledge areas.
        var snapshot = sections.OfType<SnapshotSection>().FirstOrDefault();
        if (actions.Count < 2 && snapshot is { TopSkills.Count: > 0 } && snapshot.TopSkillsSource is { } topSource)
        {
            actions.Add($"Build your {string.Join(" and ", snapshot.TopSkills.Take(2).Select(s => s.ToLowerInvariant()))} skills in class, in clubs or at a part-time job: BLS ranks them among the top skills for this work.");
            sources.Add(topSource);
        }

        if (EducationLevel.OfCategory(requirements?.EntryEducation) is { } entry && entry.Key != "none")
        {
            actions.Add(entry.Rank >= EducationLevel.OfKey("associate")!.Rank
                ? $"Plan for college: BLS says the usual way in is {entry.Label}."
                : entry.Key == "high-school"
                    ? "Finish high school: BLS says the usual way in is a high school diploma."
                    : $"Plan for training after high school: BLS says the usual way in is {entry.Label}.");
            if (requirements!.Training == "Apprenticeship") actions.Add("Ask about apprenticeships: BLS names one as the usual training for this work.");
            if (sections.OfType<PathwaySection>().First().FiguresSource is { } pathwaySource) sources.Add(pathwaySource);
        }
        return actions.Count == 0 ? null : new HighSchoolSection(actions) { FiguresSource = string.Join("; ", sources.Distinct(StringComparer.Ordinal)) };
    }
}
