using System.Collections.Frozen;

namespace CareerGuide.Content.Model;

/// <summary>The table of section kinds from the product design; numbers and slugs never change.</summary>
public static class SectionCatalog
{
    /// <summary>Every section kind in number order.</summary>
    public static IReadOnlyList<SectionInfo> All { get; } =
    [
        new(SectionKind.Snapshot, "snapshot", "Snapshot"),
        new(SectionKind.WhyItMatters, "why-it-matters", "Why it matters"),
        new(SectionKind.Day, "day", "A real day"),
        new(SectionKind.Pathway, "pathway", "Pathway"),
        new(SectionKind.Skills, "skills", "Skills"),
        new(SectionKind.Education, "education", "Education map"),
        new(SectionKind.Market, "market", "Market"),
        new(SectionKind.Outlook, "outlook", "Outlook"),
        new(SectionKind.Fit, "fit", "Fit"),
        new(SectionKind.Tradeoffs, "tradeoffs", "Trade-offs"),
        new(SectionKind.HighSchool, "high-school", "High school plan"),
        new(SectionKind.College, "college", "College strategy"),
        new(SectionKind.Similar, "similar", "Similar careers", IsDerived: true),
        new(SectionKind.Sources, "sources", "Sources"),
        new(SectionKind.Reading, "reading", "Further reading", IsDerived: true),
        new(SectionKind.Transcript, "transcript", "Audio guide transcript"),
        new(SectionKind.Faq, "faq", "FAQ"),
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
}
