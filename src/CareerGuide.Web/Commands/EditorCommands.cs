using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;

namespace CareerGuide.Web.Commands;

/// <summary>
/// The editors' commands, run instead of the server: <c>validate [folder | file]</c> checks content,
/// <c>new career "Name" [folder]</c> scaffolds a guide, <c>import</c> turns the public data into guides, and <c>--help</c> (or <c>-h</c>, <c>help</c>) says so.
/// </summary>
public static class EditorCommands
{
    /// <summary>The content folder used when none is given.</summary>
    public const string DefaultFolder = "content";

    /// <summary>Whether the arguments name a command (then <see cref="TryRun"/> runs it); otherwise they start the server.</summary>
    public static bool IsCommand(string[] args) =>
        args is [("--help" or "-h" or "help" or "validate" or "new" or "import"), ..];

    /// <summary>Runs a command when the arguments name one (<see cref="IsCommand"/>); null when they do not (start the server).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where mistakes in the command line go.</param>
    /// <param name="today">Today's date, for last-verified checks.</param>
    /// <param name="configuredRoot">
    /// The content folder the configuration names (<c>Content:Root</c>, e.g. from <c>Content__Root</c>), used
    /// when no folder is given, as the server does; null for the default, <c>content</c>.
    /// </param>
    public static int? TryRun(string[] args, TextWriter output, TextWriter error, DateOnly today, string? configuredRoot = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!IsCommand(args)) return null;
        if (args[0] is "--help" or "-h" or "help") return Help(output);
        if (args[0] is "validate" or "new" or "import" && args.Skip(1).Any(a => a is "--help" or "-h")) return Usage(output, 0);
        return args[0] switch
        {
            "validate" when args.Length <= 2 => Validate(Folder(args.Length == 2 ? args[1] : null, configuredRoot), output, error, today),
            "new" when args.Length is 3 or 4 && args[1] == "career" =>
                NewCareer(args[2], Folder(args.Length == 4 ? args[3] : null, configuredRoot), args.Length == 4 || configuredRoot is not null, output, error),
            "import" => ImportCommand.Run(args, Folder(null, configuredRoot), output, error, today, path => Path.GetFullPath(path, StartDirectory)),
            "validate" or "new" => Usage(error, 2),
            _ => null,
        };
    }

    private static int Validate(string target, TextWriter output, TextWriter error, DateOnly today)
    {
        var full = Path.GetFullPath(target, StartDirectory);
        // One file: load its content folder (links to other files are checked), report that file alone.
        string? only = null;
        var folder = target;
        if (File.Exists(full))
        {
            var kind = Path.GetDirectoryName(full);
            if (Path.GetFileName(kind) is not ("careers" or "articles") || Path.GetDirectoryName(kind) is not { } root)
            {
                error.WriteLine($"error: {target} is not in a careers/ or articles/ folder; give a content file such as content/careers/welder.md");
                return 2;
            }
            only = Path.GetRelativePath(root, full).Replace('\\', '/');
            folder = Path.GetRelativePath(StartDirectory, root) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : root;
            full = root;
        }
        else if (!Directory.Exists(Path.Combine(full, "careers")) && !Directory.Exists(Path.Combine(full, "articles")))
        {
            error.WriteLine($"error: {target} has no careers/ or articles/ folder; give the content folder (the one that holds them) or one content file");
            return 2;
        }

        // Drafts are checked too: an editor validates work in progress.
        var catalog = ContentLoader.Load(full, new ContentLoadOptions(today, IncludeDrafts: true)).Catalog;
        var problems = catalog.Problems.Where(p => only is null || p.File == only).ToList();
        foreach (var problem in problems)
        {
            var path = Path.IsPathRooted(problem.File) ? folder : Path.Combine(folder, problem.File);
            output.WriteLine(problem with { File = path.Replace('\\', '/') });
        }
        var files = only is null ? catalog.FileCount : 1;
        var errors = problems.Count(p => p.IsError);
        var warnings = problems.Count - errors;
        output.WriteLine($"{files} {(files == 1 ? "file" : "files")} checked: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
        return errors > 0 ? 1 : 0;
    }

    private static int NewCareer(string name, string folder, bool folderGiven, TextWriter output, TextWriter error)
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
        var validate = "dotnet run --project src/CareerGuide.Web -- validate" + (folderGiven ? " " + folder.Replace('\\', '/') : string.Empty);
        output.WriteLine($"Wrote {Path.Combine(folder, "careers", slug + ".md").Replace('\\', '/')} as a draft. Fill in each TODO, then run: {validate}");
        return 0;
    }

    private static int Usage(TextWriter writer, int exitCode)
    {
        writer.WriteLine("usage: validate [content-folder | file]");
        writer.WriteLine("       new career \"Career Name\" [content-folder]");
        writer.WriteLine("       " + ImportCommand.Usage);
        return exitCode;
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            CareerGuide: career guides for students.

            usage: dotnet run --project src/CareerGuide.Web [-- options]           serve the site
                   dotnet run --project src/CareerGuide.Web -- <command> [args]     run an editor command

            Server options:
              --urls http://127.0.0.1:8080   where to listen (default http://localhost:5077)
              --Content:Root=FOLDER          the content folder (or Content__Root=FOLDER in the environment)
              --Site:BaseUrl=URL             the public address, for canonical links, the sitemap and the feed

            Commands:
              validate [content-folder | file]
                  Checks every content file in the folder (default: the configured Content:Root,
                  else ./content), or one file, and prints path:line:column: error|warning: message.
                  Exits 1 when there is an error, 0 otherwise.
              new career "Career Name" [content-folder]
                  Writes careers/{slug}.md in the folder as a draft with every section to fill in.
              import --onet DIR --projections DIR --wages FILE --work-values FILE --knowledge FILE --programs FILE [content-folder] [--date yyyy-mm-dd]
                  Reads the public data as published (O*NET text files, BLS Employment Projections
                  and OEWS workbooks) and writes one guide per occupation into careers/. Only the
                  fields the import owns are rewritten in a file it wrote before; an editor's words
                  are kept, and a guide without the import's marker is never touched. All or
                  nothing: a missing file, sheet or column writes nothing.
              help, --help, -h
                  Prints this.

            Settings come from appsettings.json, the environment (Content__Root, Site__BaseUrl, ...)
            and the command line; content/README.md documents the content format.
            """);
        return 0;
    }

    // `dotnet run` starts a web project in the project folder, not where the editor typed the command:
    // the shell's PWD says where that was. Paths typed on the command line, and paths printed back,
    // are relative to it, so `validate content` works from the repository root and output is clickable.
    internal static string StartDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    private static string Folder(string? given, string? configuredRoot)
    {
        var full = given is not null ? Path.GetFullPath(given, StartDirectory) : ContentFolder.Resolve(configuredRoot ?? DefaultFolder, StartDirectory);
        var relative = Path.GetRelativePath(StartDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
