using CareerGuide.Content.Model;

namespace CareerGuide.Web.ContentServing;

/// <summary>
/// What is being served at one moment: the catalog and the version that names it. Immutable, and swapped
/// in whole by <see cref="ContentStore"/>, so a page's content, its ETag and its cache key always agree.
/// </summary>
/// <param name="Catalog">The catalog in force.</param>
/// <param name="IsLoaded">False only for the empty snapshot before the first load completes.</param>
public sealed record ContentSnapshot(ContentCatalog Catalog, bool IsLoaded)
{
    /// <summary>The snapshot before anything is loaded.</summary>
    public static ContentSnapshot Empty { get; } = new(ContentCatalog.Empty, IsLoaded: false);

    /// <summary>The version of the code and this catalog (see <see cref="ContentVersion"/>): the output-cache key.</summary>
    public string Version { get; } = ContentVersion.Of(Catalog.LoadedAt);

    /// <summary>The weak ETag every page made from this snapshot carries.</summary>
    public string ETag => field ??= $"W/\"{Version}\"";
}
