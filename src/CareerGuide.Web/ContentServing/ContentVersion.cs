using System.Globalization;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// Names the version of everything a page is made from: this build of the code and the catalog in force.
/// Pages are ETagged with it and cached under it, so a reload or a deploy changes every page's version at once.
/// </summary>
public static class ContentVersion
{
    private static readonly string Build = typeof(ContentVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    /// <summary>The version for a catalog loaded at <paramref name="loadedAt"/>.</summary>
    public static string Of(DateTimeOffset loadedAt) =>
        Build + "-" + loadedAt.UtcTicks.ToString("x", CultureInfo.InvariantCulture);
}
