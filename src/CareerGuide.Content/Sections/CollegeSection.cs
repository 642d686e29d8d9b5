using System.Globalization;
using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>A program of study that leads to the work, as the Classification of Instructional Programs names it.</summary>
/// <param name="Cip">The CIP 2020 code, e.g. <c>51.3801</c>.</param>
/// <param name="Title">The program's title, e.g. <c>Registered Nursing/Registered Nurse</c>.</param>
public sealed record StudyProgram(string Cip, string Title)
{
    /// <summary>The U.S. Department of Education's College Navigator search for schools that offer the program.</summary>
    public string CollegeNavigator => "https://nces.ed.gov/collegenavigator/?p=" + Cip;
}

/// <summary>
/// 12 College strategy: the editor's prose, and for imported guides the programs of study that lead to the work
/// (the closest first) with how many there are in all.
/// </summary>
/// <param name="Programs">The programs shown.</param>
public sealed record CollegeSection(IReadOnlyList<StudyProgram> Programs) : GuideSection(SectionKind.College)
{
    /// <summary>How many programs the source names in all; null when the section is prose alone.</summary>
    public int? ProgramCount { get; init; }

    /// <summary>How many programs are not shown.</summary>
    public int NotShown => (ProgramCount ?? Programs.Count) - Programs.Count;

    /// <summary>
    /// The shares of workers by their highest education, in one plain sentence of three groups (no further than high
    /// school; some college or an associate's degree; a bachelor's degree or more), or null without the figures.
    /// </summary>
    public static string? SharesSentence(EducationSection? education)
    {
        if (education is not { Attainment.Count: > 0 }) return null;
        decimal Share(params string[] levels) => education.Attainment.Where(a => levels.Contains(a.Level, StringComparer.Ordinal)).Sum(a => a.Percent);
        var school = Share("Less than high school diploma", "High school diploma or equivalent");
        var college = Share("Some college, no degree", "Associate's degree");
        var degree = Share("Bachelor's degree", "Master's degree", "Doctoral or professional degree");
        string P(decimal p) => Math.Round(p, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
        return $"Of the people doing this work, {P(degree)} have a bachelor's degree or more, {P(college)} went to college without "
            + $"finishing a four-year degree (some have a two-year degree), and {P(school)} went no further than high school.";
    }
}
