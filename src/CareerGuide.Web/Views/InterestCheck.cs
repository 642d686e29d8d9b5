using System.Runtime.CompilerServices;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>One statement of the interest check, in our words, and the area it speaks for.</summary>
/// <param name="Id">Its answer value in the query string, e.g. <c>s3</c>.</param>
/// <param name="Area">The interest area.</param>
/// <param name="Text">The statement.</param>
public sealed record InterestStatement(string Id, InterestArea Area, string Text);

/// <summary>A career that fits the student's answers, with why.</summary>
/// <param name="Guide">The career.</param>
/// <param name="Match">How closely its interest profile matches, 0 to 1.</param>
/// <param name="Shared">The student's top areas the career is also strongest in, the student's strongest first.</param>
public sealed record InterestMatch(Content.Model.CareerGuide Guide, double Match, IReadOnlyList<InterestArea> Shared);

/// <summary>
/// The interest self-check: thirty statements, five per RIASEC area, answered in a GET form. The student's
/// areas are counted, and careers are ranked by how closely their O*NET interest profile points the same way
/// (the cosine of the two profiles). Nothing is stored: the answers live in the URL.
/// </summary>
public static class InterestCheck
{
    /// <summary>How many careers a result lists.</summary>
    public const int MaxResults = 20;

    /// <summary>The statements, in a fixed order mixing the areas.</summary>
    public static readonly IReadOnlyList<InterestStatement> Statements = Build();

    private static List<InterestStatement> Build()
    {
        var byArea = new Dictionary<InterestArea, string[]>
        {
            [InterestArea.Realistic] =
            [
                "I like fixing things that are broken.", "I would enjoy building something with my hands.", "I like working outdoors.",
                "I like using tools or operating machines.", "I would rather be on my feet than sit at a desk all day.",
            ],
            [InterestArea.Investigative] =
            [
                "I like finding out how things work.", "I enjoy science classes.", "I like solving puzzles and problems that have a right answer.",
                "I like reading about new discoveries.", "I would enjoy running an experiment to test an idea.",
            ],
            [InterestArea.Artistic] =
            [
                "I like drawing, painting or designing things.", "I enjoy writing stories, poems or songs.", "I like acting, singing or playing music.",
                "I want to make things that are my own.", "I like work where there is no single right answer.",
            ],
            [InterestArea.Social] =
            [
                "I like helping people with their problems.", "I enjoy teaching or explaining things to others.", "I like looking after people who are sick or hurt.",
                "Friends come to me to talk things through.", "I would like to work with children or young people.",
            ],
            [InterestArea.Enterprising] =
            [
                "I like leading a team or a club.", "I enjoy persuading people to my point of view.", "I would like to start my own business one day.",
                "I like selling things or making deals.", "I like making decisions and taking charge.",
            ],
            [InterestArea.Conventional] =
            [
                "I like keeping things organized and tidy.", "I enjoy working with numbers and records.", "I like following clear steps to get a job done.",
                "I notice small mistakes that others miss.", "I like planning a schedule and sticking to it.",
            ],
        };
        // Round-robin across the areas so the list does not read as six blocks.
        var statements = new List<InterestStatement>();
        for (var i = 0; i < 5; i++)
        {
            foreach (var area in Enum.GetValues<InterestArea>())
                statements.Add(new InterestStatement($"s{statements.Count + 1}", area, byArea[area][i]));
        }
        return statements;
    }

    /// <summary>How many statements the student ticked in each area.</summary>
    public static IReadOnlyDictionary<InterestArea, int> Tally(IEnumerable<string> answers)
    {
        var ticked = answers.ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<InterestArea>().ToDictionary(a => a, a => Statements.Count(s => s.Area == a && ticked.Contains(s.Id)));
    }

    /// <summary>The student's strongest areas: up to three with at least one statement ticked, most first (ties in RIASEC order).</summary>
    public static IReadOnlyList<InterestArea> TopAreas(IReadOnlyDictionary<InterestArea, int> tally) =>
        [.. tally.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(FitSection.TopAreaCount).Select(t => t.Key)];

    /// <summary>The careers whose interest profile best matches the student's, best first, within an education level.</summary>
    public static IReadOnlyList<InterestMatch> Match(IReadOnlyDictionary<InterestArea, int> tally, ContentCatalog catalog, EducationLevel? atMost)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Match(tally, Profiles.GetValue(catalog, static c => ProfilesOf(c.Guides)), atMost);
    }

    // Each guide's interest scores and entry level, read once per catalog: a request then only multiplies.
    private sealed record Profile(Content.Model.CareerGuide Guide, FitSection Fit, double[] Scores, int? LevelRank);

    private static readonly ConditionalWeakTable<ContentCatalog, Profile[]> Profiles = new();

    private static Profile[] ProfilesOf(IEnumerable<Content.Model.CareerGuide> guides) => [.. guides
        .Select(g => (Guide: g, Fit: g.Section<FitSection>()))
        .Where(x => x.Fit is { Interests.Count: 6 })
        // O*NET scores run 1 to 7; from 0 so an area the work does not call for counts for nothing.
        .Select(x => new Profile(x.Guide, x.Fit!, [.. x.Fit!.Interests.OrderBy(i => i.Area).Select(i => (double)(i.Score - InterestScore.Min))],
            EducationLevel.OfCategory(x.Guide.Section<EducationSection>()?.EntryEducation)?.Rank))];

    private static List<InterestMatch> Match(IReadOnlyDictionary<InterestArea, int> tally, Profile[] profiles, EducationLevel? atMost)
    {
        var top = TopAreas(tally);
        if (top.Count == 0) return [];
        var student = Enum.GetValues<InterestArea>().Select(a => (double)tally[a]).ToArray();
        // The best MaxResults only, kept in a small heap whose root is the weakest kept.
        var best = new PriorityQueue<Profile, (double Match, string Title)>(MaxResults + 1, Weakest);
        foreach (var profile in profiles)
        {
            if (atMost is not null && (profile.LevelRank is not { } rank || rank > atMost.Rank)) continue;
            best.Enqueue(profile, (Cosine(student, profile.Scores), profile.Guide.Title));
            if (best.Count > MaxResults) best.Dequeue();
        }
        var matches = new List<InterestMatch>(best.Count);
        while (best.TryDequeue(out var profile, out var key))
            matches.Add(new InterestMatch(profile.Guide, key.Match, [.. top.Where(profile.Fit.TopAreas.Contains)]));
        matches.Reverse();
        return matches;
    }

    // Lower match first; on a tie, the later title first (A to Z is kept).
    private static readonly Comparer<(double Match, string Title)> Weakest = Comparer<(double Match, string Title)>.Create((a, b) =>
        a.Match != b.Match ? a.Match.CompareTo(b.Match) : StringComparer.OrdinalIgnoreCase.Compare(b.Title, a.Title));

    private static double Cosine(double[] a, double[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Why a career matches, in a sentence.</summary>
    public static string Why(InterestMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var areas = match.Guide.Section<FitSection>()!.TopAreas;
        return match.Shared.Count switch
        {
            0 => $"Its strongest areas are {Join(areas)}.",
            _ => $"You and this career are both strongest in {Join(match.Shared)}.",
        };
    }

    private static string Join(IReadOnlyList<InterestArea> areas) => areas.Count switch
    {
        1 => areas[0].ToString(),
        2 => $"{areas[0]} and {areas[1]}",
        _ => string.Join(", ", areas.Take(areas.Count - 1)) + $" and {areas[^1]}",
    };
}
