using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Loading;

/// <summary>
/// Reads a content folder (<c>careers/*.md</c>, <c>articles/*.md</c>) into a catalog. A bad file is
/// reported and left out (or, on a reload, kept at its last good version); it never stops the others
/// from loading, and loading never throws for content.
/// </summary>
public static class ContentLoader
{
    /// <summary>Files larger than this are refused: no guide needs it, and it protects start-up.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every content file under <paramref name="root"/>, published guides only.</summary>
    public static ContentLoadResult Load(string root, DateOnly today) => Load(root, new ContentLoadOptions(today));

    /// <summary>Loads every content file under <paramref name="root"/>.</summary>
    public static ContentLoadResult Load(string root, ContentLoadOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(root))
        {
            var missing = new ContentProblem(root, 1, 1, ProblemSeverity.Error,
                $"the content folder '{root}' does not exist; set Content:Root to a folder with careers/ and articles/");
            return new ContentLoadResult(new ContentCatalog([], [], [missing], 0, DateTimeOffset.UtcNow), clock.Elapsed);
        }

        // Files parse independently: spread them over the cores, keeping file order for stable output.
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var counts = new ReadCounts();
        var guides = MarkdownFiles(root, "careers", paths).AsParallel().AsOrdered()
            .Select(path => Read(root, path, CareerGuideParser.Parse, options, counts))
            .ToList();
        var articles = MarkdownFiles(root, "articles", paths).AsParallel().AsOrdered()
            .Select(path => Read(root, path, (file, slug, text, _) => ArticleParser.Parse(file, slug, text), options, counts)).ToList();
        options.Parsed?.KeepOnly(paths);

        var checks = new CrossFileChecks(guides, articles, options.Previous);
        var problems = new List<ContentProblem>();
        var kept = new List<string>();
        var servedGuides = Serve(guides, checks, options.Previous?.Guides, g => g.SourcePath,
                (g, file) => g with { SourcePath = file.Path }, problems, kept)
            .Where(g => options.IncludeDrafts || !g.Draft)
            .ToList();
        var servedArticles = Serve(articles, checks, options.Previous?.Articles, a => a.SourcePath,
            (a, file) => a with { SourcePath = file.Path }, problems, kept);

        var catalog = new ContentCatalog(DerivedSections.Add(servedGuides, servedArticles, options.Previous), servedArticles, problems,
            guides.Count + articles.Count, DateTimeOffset.UtcNow, options.Previous)
        {
            KeptFiles = kept,
        };
        return new ContentLoadResult(catalog, clock.Elapsed) { FilesParsed = counts.Parsed, FilesReused = counts.Reused };
    }

    private sealed class ReadCounts
    {
        public int Parsed;
        public int Reused;
    }

    // Each file's own and cross-file problems are recorded; a file with an error is left out, or, when the
    // catalog being replaced had a good version of it, keeps serving that version.
    private static List<T> Serve<T>(List<LoadedFile<T>> files, CrossFileChecks checks, IEnumerable<T>? previous,
        Func<T, string> sourceOf, Func<T, LoadedFile<T>, T> stamp, List<ContentProblem> problems, List<string> kept) where T : class
    {
        var lastGood = previous?.ToDictionary(sourceOf, StringComparer.Ordinal) ?? [];
        var served = new List<T>();
        foreach (var file in files)
        {
            var fileProblems = file.Result.Problems.Concat(checks.For(file)).ToList();
            problems.AddRange(fileProblems);
            var value = fileProblems.Exists(p => p.IsError) ? null : file.Result.Value;
            if (value is null && lastGood.TryGetValue(file.Path, out var good))
            {
                value = good;
                kept.Add(file.Path);
            }
            if (value is not null) served.Add(stamp(value, file));
        }
        return served;
    }

    private static LoadedFile<T> Read<T>(string root, string path, Func<string, string, string, ParseContext, ParseResult<T>> parse,
        ContentLoadOptions options, ReadCounts counts) where T : class
    {
        var file = Relative(root, path);
        // Stat before reading: a write after this point changes the time, so the next load reads it again.
        var info = new FileInfo(path);
        if (options.Parsed is { } parsed && info.Exists && parsed.TryGet(path, info, options.Today, out LoadedFile<T> known))
        {
            Interlocked.Increment(ref counts.Reused);
            return known;
        }
        Interlocked.Increment(ref counts.Parsed);
        // The file's own context: it records whether a check met a date after today.
        var context = new ParseContext(options.Today) { SiteFileExists = options.SiteFileExists };
        ParseResult<T> result;
        try
        {
            result = LoadOne(file, path, (f, slug, text) => parse(f, slug, text, context));
        }
#pragma warning disable CA1031 // Last line of defence: a parser bug on one file must not stop every other file loading.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = new(null, [new ContentProblem(file, 1, 1, ProblemSeverity.Error,
                $"the file could not be parsed because of an internal error ({e.GetType().Name}: {e.Message}); please report it")]);
        }
        var loaded = new LoadedFile<T>(file, Path.GetFileNameWithoutExtension(path), result);
        if (info.Exists) options.Parsed?.Remember(path, info, options.Today, context.MetLaterDate, loaded);
        return loaded;
    }

    /// <summary>Reads and parses one file, turning every failure into a problem.</summary>
    internal static ParseResult<T> LoadOne<T>(string file, string path, Func<string, string, string, ParseResult<T>> parse) where T : class
    {
        var slug = Path.GetFileNameWithoutExtension(path);
        ParseResult<T> Fail(string message, int line = 1, int column = 1) =>
            new(null, [new ContentProblem(file, line, column, ProblemSeverity.Error, message)]);

        if (!Slug.IsValid(slug))
            return Fail($"the file name '{Path.GetFileName(path)}' is not a valid slug; use lower-case letters, digits and single hyphens, e.g. data-scientist.md");
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes) return Fail(TooLarge(info.Length));
            return FromBytes(file, slug, File.ReadAllBytes(path), parse);
        }
        catch (IOException e)
        {
            return Fail($"the file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail($"the file could not be read: {e.Message}");
        }
    }

    /// <summary>Checks a file's bytes (size, emptiness, UTF-8, NUL) and parses them; never throws for content.</summary>
    internal static ParseResult<T> FromBytes<T>(string file, string slug, byte[] bytes, Func<string, string, string, ParseResult<T>> parse) where T : class
    {
        ParseResult<T> Fail(string message, int line = 1, int column = 1) =>
            new(null, [new ContentProblem(file, line, column, ProblemSeverity.Error, message)]);

        if (bytes.Length > MaxFileBytes) return Fail(TooLarge(bytes.Length));
        if (bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            return Fail("the file is empty; start it with front matter between two '---' lines");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            return Fail("the file is not UTF-8 text; save it as UTF-8", line, column);
        }
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, Encoding.UTF8.GetByteCount(text.AsSpan(0, nul)));
            return Fail("the file contains a NUL character; it looks binary, not text", line, column);
        }
        return parse(file, slug, text.TrimStart('\uFEFF'));
    }

    private static List<string> MarkdownFiles(string root, string folder, HashSet<string> seen)
    {
        var directory = Path.Combine(root, folder);
        List<string> files = Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)]
            : [];
        seen.UnionWith(files);
        return files;
    }

    private static string TooLarge(long length) => string.Create(CultureInfo.InvariantCulture,
        $"the file is {length:N0} bytes; the limit is {MaxFileBytes:N0} bytes (1 MiB); split it or shorten it");

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == '\n') { line++; lineStart = i + 1; }
        }
        return (line, Math.Max(1, index - lineStart + 1));
    }
}
