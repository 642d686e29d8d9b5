using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Model;

/// <summary>
/// A career group: the guides of one SOC major group, e.g. "Healthcare practitioners and technical
/// occupations" at <c>/groups/healthcare-practitioners-and-technical</c>.
/// </summary>
/// <param name="Slug">The group's URL slug: its name without "occupations".</param>
/// <param name="Name">Its name as a heading: "Healthcare practitioners and technical".</param>
/// <param name="Guides">Its guides, A to Z.</param>
public sealed record CareerGroup(string Slug, string Name, IReadOnlyList<CareerGuide> Guides)
{
    /// <summary>The groups of a set of guides (those that name one), A to Z.</summary>
    public static IReadOnlyList<CareerGroup> Of(IEnumerable<CareerGuide> guides) =>
        [.. guides
            .Select(g => (Guide: g, Group: g.Section<SnapshotSection>()?.Group))
            .Where(x => x.Group is not null)
            .GroupBy(x => NameOf(x.Group!), StringComparer.OrdinalIgnoreCase)
            .Select(g => new CareerGroup(Model.Slug.FromName(g.Key), g.Key, [.. g.Select(x => x.Guide).OrderBy(x => x.Title, StringComparer.OrdinalIgnoreCase)]))
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>A group's name from its SOC title: "Legal occupations" → "Legal".</summary>
    public static string NameOf(string socTitle)
    {
        ArgumentNullException.ThrowIfNull(socTitle);
        return socTitle.EndsWith(" occupations", StringComparison.OrdinalIgnoreCase) ? socTitle[..^" occupations".Length] : socTitle;
    }
}
