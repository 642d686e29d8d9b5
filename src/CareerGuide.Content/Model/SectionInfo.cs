using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Model;

/// <summary>The fixed identity of a section kind: its number, URL slug and display title.</summary>
/// <param name="Kind">The section kind.</param>
/// <param name="Slug">The lower-case slug used in URLs and as the element id, e.g. <c>skills</c>.</param>
/// <param name="Title">The title shown to readers, e.g. <c>Skills</c>.</param>
/// <param name="Rules">Everything particular to the kind: its reader, its plain text and its partial.</param>
/// <param name="IsDerived">True when the section is computed from other content rather than written.</param>
public sealed record SectionInfo(SectionKind Kind, string Slug, string Title, SectionRules Rules, bool IsDerived = false)
{
    /// <summary>The section's fixed number, 1 to 17.</summary>
    public int Number => (int)Kind;

    /// <summary>True when the kind has a front-matter field of its own (not prose alone, not made by the site).</summary>
    public bool HasField => !IsDerived && !Rules.ProseOnly;

    /// <summary>The number as shown to readers and in URLs, two digits: <c>05</c>.</summary>
    public string NumberText => Number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
