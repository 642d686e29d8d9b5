using CareerGuide.Content.Model;

namespace CareerGuide.Content.Loading;

/// <summary>A freshly loaded catalog and how long loading took.</summary>
/// <param name="Catalog">The catalog.</param>
/// <param name="Elapsed">Wall-clock time spent loading.</param>
public sealed record ContentLoadResult(ContentCatalog Catalog, TimeSpan Elapsed)
{
    /// <summary>How many files were read and parsed.</summary>
    public int FilesParsed { get; init; }

    /// <summary>How many files were unchanged since the previous load and not read again (see <see cref="ParsedFiles"/>).</summary>
    public int FilesReused { get; init; }
}
