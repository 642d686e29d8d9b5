namespace CareerGuide.Web.Infrastructure;

/// <summary>Where the content comes from. Bound from the <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Content";

    /// <summary>
    /// The content folder (with <c>careers/</c> and <c>articles/</c>). A relative path is looked for in the
    /// working directory and then above it, so <c>dotnet run --project src/CareerGuide.Web</c> finds the
    /// repository's <c>content/</c> from the repository root or from the project folder.
    /// </summary>
    public string Root { get; set; } = "content";
}
