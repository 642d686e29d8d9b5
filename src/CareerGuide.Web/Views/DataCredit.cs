using CareerGuide.Content.Model;

namespace CareerGuide.Web.Views;

/// <summary>The data credit every page carries in its footer, from the releases the loaded guides cite.</summary>
public static class DataCredit
{
    /// <summary>The O*NET publisher as the import names it.</summary>
    public const string OnetPublisher = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";

    /// <summary>The O*NET version the guides cite (<c>O*NET 30.1</c>), or null when no guide cites O*NET.</summary>
    public static string? OnetVersion(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var release = catalog.DataReleases.FirstOrDefault(r => r.Publisher == OnetPublisher)?.Release;
        if (release is null) return null;
        var end = release.IndexOf(" Database", StringComparison.Ordinal);
        return end > 0 ? release[..end] : release;
    }

    /// <summary>
    /// The other O*NET releases the guides' figures name (knowledge ratings: <c>O*NET 29.0</c>), each with what it gives,
    /// beside the main one; empty when none does.
    /// </summary>
    public static IReadOnlyList<string> OtherOnetReleases(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var main = OnetVersion(catalog);
        return [.. catalog.Guides.Select(g => g.Section<Content.Sections.SkillsSection>()?.Knowledge?.Source)
            .OfType<string>().Select(s => s.Split(" (")[0]).Where(v => v.StartsWith("O*NET ", StringComparison.Ordinal) && v != main)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => $"the {v} Database (knowledge ratings)")];
    }

    /// <summary>True when any guide cites a BLS release.</summary>
    public static bool CitesBls(ContentCatalog catalog) =>
        catalog?.DataReleases.Any(r => r.Publisher == "U.S. Bureau of Labor Statistics") ?? false;
}
