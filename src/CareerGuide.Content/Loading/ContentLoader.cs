using System.Diagnostics;
using System.Text;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Loading;

/// <summary>
/// Reads a content folder (<c>careers/*.md</c>, <c>articles/*.md</c>) into a catalog. A bad file is
/// reported and left out; it never stops the others from loading, and loading never throws for content.
/// </summary>
public static class ContentLoader
{
    /// <summary>Files larger than this are refused: no guide needs it, and it protects start-up.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every content file under <paramref name="root"/>.</summary>
    /// <param name="root">The content folder.</param>
    /// <param name="today">Today's date, for last-verified checks.</param>
    public static ContentLoadResult Load(string root, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<ContentProblem>();
        var guides = new List<Model.CareerGuide>();
        var articles = new List<Article>();
        var files = 0;

        if (!Directory.Exists(root))
        {
            problems.Add(new ContentProblem(root, 1, 1, ProblemSeverity.Error, $"the content folder '{root}' does not exist; set Content:Root to a folder with careers/ and articles/"));
        }
        else
        {
            foreach (var path in MarkdownFiles(root, "careers"))
            {
                files++;
                var result = LoadOne(root, path, (file, slug, text) => CareerGuideParser.Parse(file, slug, text, today));
                problems.AddRange(result.Problems);
                if (result.Value is not null) guides.Add(result.Value with { SourcePath = Relative(root, path), LastModified = File.GetLastWriteTimeUtc(path) });
            }
            foreach (var path in MarkdownFiles(root, "articles"))
            {
                files++;
                var result = LoadOne(root, path, ArticleParser.Parse);
                problems.AddRange(result.Problems);
                if (result.Value is not null) articles.Add(result.Value with { SourcePath = Relative(root, path), LastModified = File.GetLastWriteTimeUtc(path) });
            }
        }
        var catalog = new ContentCatalog(guides, articles, problems, files, DateTimeOffset.UtcNow);
        return new ContentLoadResult(catalog, clock.Elapsed);
    }

    /// <summary>Reads and parses one file, turning every failure into a problem.</summary>
    internal static ParseResult<T> LoadOne<T>(string root, string path, Func<string, string, string, ParseResult<T>> parse) where T : class
    {
        var file = Relative(root, path);
        var slug = Path.GetFileNameWithoutExtension(path);
        ParseResult<T> Fail(string message) => new(null, [new ContentProblem(file, 1, 1, ProblemSeverity.Error, message)]);

        if (!Slug.IsValid(slug))
            return Fail($"the file name '{Path.GetFileName(path)}' is not a valid slug; use lower-case letters, digits and single hyphens, e.g. data-scientist.md");
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes) return Fail($"the file is {info.Length / 1024} KiB; the limit is {MaxFileBytes / 1024} KiB");
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
                return Fail("the file is empty; start it with front matter between two '---' lines");
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var (line, column) = Position(bytes, e.Index);
                return new(null, [new ContentProblem(file, line, column, ProblemSeverity.Error, "the file is not UTF-8 text; save it as UTF-8")]);
            }
            if (text.Contains('\0', StringComparison.Ordinal)) return Fail("the file contains NUL characters; it looks binary, not text");
            return parse(file, slug, text.TrimStart('\uFEFF'));
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

    private static IEnumerable<string> MarkdownFiles(string root, string folder)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];
    }

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
