namespace CareerGuide.Import.Tests;

/// <summary>The publishers' full files as the project keeps them, in <c>../shared/data</c> beside the repository.</summary>
internal static class PublishedData
{
    public static string? Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "CareerGuide.sln"))) continue;
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
            return null;
        }
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
            throw new DirectoryNotFoundException("CareerGuide.sln not found");
        }
    }

    public static ImportSources Sources(string folder) => new(
        Path.Combine(folder, "onet-30.1"), Path.Combine(folder, "bls-ep-2024-34"), Path.Combine(folder, "bls-oews-may-2024", "national_M2024_dl.xlsx"),
        Path.Combine(folder, "onet-work-values", "Work Values.xlsx"), Path.Combine(folder, "onet-29.0", "Knowledge.xlsx"),
        Path.Combine(folder, "nces-cip2020-soc2018", "CIP2020_SOC2018_Crosswalk.xlsx"));
}

/// <summary>A test on the full published files; skipped, saying why, where they are not beside the repository.</summary>
public sealed class PublishedDataFactAttribute : FactAttribute
{
    public PublishedDataFactAttribute()
    {
        if (PublishedData.Folder is null) Skip = "the published data is not in ../shared/data beside the repository";
    }
}
