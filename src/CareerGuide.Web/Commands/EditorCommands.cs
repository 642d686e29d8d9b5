using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;

namespace CareerGuide.Web.Commands;

/// <summary>
/// The editors' commands, run instead of the server:
/// <c>validate [folder]</c> checks every content file, and <c>new career "Name" [folder]</c> scaffolds one.
/// </summary>
public static class EditorCommands
{
    /// <summary>The content folder used when none is given.</summary>
    public const string DefaultFolder = "content";

    /// <summary>Runs a command when the arguments name one; null when they do not (start the server).</summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter error, DateOnly today)
    {
        if (args.Length == 0) return null;
        return args[0] switch
        {
            "validate" when args.Length <= 2 => Validate(Folder(args.Length == 2 ? args[1] : null), output, today),
            "new" when args.Length is 3 or 4 && args[1] == "career" => NewCareer(args[2], Folder(args.Length == 4 ? args[3] : null), output, error),
            "validate" or "new" => Usage(error),
            _ => null,
        };
    }

    private static int Validate(string folder, TextWriter output, DateOnly today)
    {
        // Drafts are checked too: an editor validates work in progress.
        var catalog = ContentLoader.Load(Path.GetFullPath(folder, StartDirectory), new ContentLoadOptions(today, IncludeDrafts: true)).Catalog;
        foreach (var problem in catalog.Problems)
        {
            var path = Path.IsPathRooted(problem.File) ? folder : Path.Combine(folder, problem.File);
            output.WriteLine(problem with { File = path.Replace('\\', '/') });
        }
        var errors = catalog.Problems.Count(p => p.IsError);
        var warnings = catalog.Problems.Count - errors;
        output.WriteLine($"{catalog.FileCount} {(catalog.FileCount == 1 ? "file" : "files")} checked: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
        return errors > 0 ? 1 : 0;
    }

    private static int NewCareer(string name, string folder, TextWriter output, TextWriter error)
    {
        var slug = Slug.FromName(name);
        if (!Slug.IsValid(slug))
        {
            error.WriteLine($"error: '{name}' has no letters or digits to make a slug from; give the career's name, e.g. \"Data Scientist\"");
            return 2;
        }
        var directory = Path.Combine(Path.GetFullPath(folder, StartDirectory), "careers");
        var path = Path.Combine(directory, slug + ".md");
        if (File.Exists(path))
        {
            error.WriteLine($"error: {path} already exists; nothing was written");
            return 1;
        }
        Directory.CreateDirectory(directory);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(CareerTemplate.For(name.Trim()));
        }
        output.WriteLine($"Wrote {Path.Combine(folder, "careers", slug + ".md").Replace('\\', '/')} as a draft. Fill in each TODO, then run: dotnet run --project src/CareerGuide.Web -- validate");
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: validate [content-folder]");
        error.WriteLine("       new career \"Career Name\" [content-folder]");
        return 2;
    }

    // `dotnet run` starts a web project in the project folder, not where the editor typed the command:
    // the shell's PWD says where that was. Paths typed on the command line, and paths printed back,
    // are relative to it, so `validate content` works from the repository root and output is clickable.
    private static string StartDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    private static string Folder(string? given)
    {
        var full = given is null ? ContentFolder.Resolve(DefaultFolder, StartDirectory) : Path.GetFullPath(given, StartDirectory);
        var relative = Path.GetRelativePath(StartDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
