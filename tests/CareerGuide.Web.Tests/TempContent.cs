namespace CareerGuide.Web.Tests;

/// <summary>A throw-away content folder with careers/ and articles/, deleted after the test.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Directory.CreateDirectory(Path.Combine(Root, "careers"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("careerguide-web-").FullName;

    /// <summary>The complete made-up guide from the fixtures.</summary>
    public static string Lunar => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "careers", "lunar-greenhouse-technician.md"));

    public string Career(string slug) => Path.Combine(Root, "careers", slug + ".md");

    public void WriteCareer(string slug, string text) => File.WriteAllText(Career(slug), text);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
