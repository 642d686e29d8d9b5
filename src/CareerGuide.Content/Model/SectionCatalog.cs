using System.Collections.Frozen;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Model;

/// <summary>
/// The table of section kinds from the product design; numbers and slugs never change. Each entry names the
/// kind's rules (<see cref="SectionRules"/>), where everything particular to the kind is found.
/// </summary>
public static class SectionCatalog
{
    // Why it matters and Outlook share one set of rules: prose alone.
    private static readonly ProseRules Prose = new();

    /// <summary>Every section kind in number order.</summary>
    public static IReadOnlyList<SectionInfo> All { get; } =
    [
        new(SectionKind.Snapshot, "snapshot", "Snapshot", new SnapshotRules()),
        new(SectionKind.WhyItMatters, "why-it-matters", "Why it matters", Prose),
        new(SectionKind.Day, "day", "A real day", new DayRules()),
        new(SectionKind.Pathway, "pathway", "Pathway", new PathwayRules()),
        new(SectionKind.Skills, "skills", "Skills", new SkillsRules()),
        new(SectionKind.Education, "education", "Education map", new EducationRules()),
        new(SectionKind.Market, "market", "Market", new MarketRules()),
        new(SectionKind.Outlook, "outlook", "Outlook", Prose),
        new(SectionKind.Fit, "fit", "Fit", new FitRules()),
        new(SectionKind.Tradeoffs, "tradeoffs", "Trade-offs", new TradeoffsRules()),
        new(SectionKind.HighSchool, "high-school", "High school plan", new HighSchoolRules()),
        new(SectionKind.College, "college", "College strategy", new CollegeRules()),
        new(SectionKind.Similar, "similar", "Similar careers", new SimilarRules(), IsDerived: true),
        new(SectionKind.Sources, "sources", "Sources", new SourcesRules()),
        new(SectionKind.Reading, "reading", "Further reading", new ReadingRules(), IsDerived: true),
        new(SectionKind.Transcript, "transcript", "Audio guide transcript", new TranscriptRules()),
        new(SectionKind.Faq, "faq", "FAQ", new FaqRules()),
    ];

    private static readonly FrozenDictionary<string, SectionInfo> BySlug =
        All.ToFrozenDictionary(s => s.Slug, StringComparer.Ordinal);

    /// <summary>The fixed identity of a kind.</summary>
    public static SectionInfo Get(SectionKind kind) => All[(int)kind - 1];

    /// <summary>Finds a section kind by its slug; slugs are matched exactly (lower case).</summary>
    public static SectionInfo? FindBySlug(string slug) => BySlug.GetValueOrDefault(slug);

    /// <summary>Finds a section kind by its number, 1 to 17.</summary>
    public static SectionInfo? FindByNumber(int number) =>
        number is >= 1 and <= 17 ? All[number - 1] : null;

    /// <summary>True when a URL segment is a section number (one or two digits, as in <c>/05</c>) rather than a slug.</summary>
    public static bool IsNumber(string segment) => segment.Length is 1 or 2 && segment.All(char.IsAsciiDigit);

    /// <summary>
    /// Finds a section kind from a URL segment: its slug (<c>skills</c>) or its number (<c>05</c> or <c>5</c>).
    /// The one place both spellings are understood; anything else is null, never an exception.
    /// </summary>
    public static SectionInfo? Find(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return IsNumber(segment)
            ? FindByNumber(int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture))
            : FindBySlug(segment);
    }
}
