namespace CareerGuide.Content.Tests;

/// <summary>Finds the fixture files and the repository's own content folder.</summary>
internal static class TestFiles
{
    /// <summary>The day tests treat as today, so date checks never depend on the clock.</summary>
    public static readonly DateOnly Today = new(2026, 12, 3);

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(string relative) => Path.Combine(Fixtures, relative);

    /// <summary>The names of the broken fixture files, one kind of mistake each, for theories.</summary>
    public static TheoryData<string> InvalidFixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Fixture("invalid"), "*.md").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    /// <summary>The repository's <c>content/</c>, found by walking up to the solution file.</summary>
    public static string RepositoryContent
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerGuide.sln"))) return Path.Combine(dir.FullName, "content");
            }
            throw new DirectoryNotFoundException("CareerGuide.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
