using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Loading;

/// <summary>
/// <see cref="ParsedFiles"/> kept on disk between runs, so a start-up reads back what the last run parsed
/// instead of parsing every file again. Each file's result is used only while the file's size and last write
/// time are what they were and the day allows it (the same rule as between reloads, see <see cref="ParsedFiles"/>),
/// and the whole cache only when it was written by this very build of the parser for this content folder;
/// anything else is parsed as usual.
/// The file is JSON Lines: a header, then one line per content file, read back in parallel.
/// </summary>
public static class ParsedFilesCache
{
    private const int Format = 2;

    /// <summary>What is stored for one content file.</summary>
    internal sealed record Line(string Path, long Length, long LastWriteTicks, DateOnly Today, bool MetLaterDate,
        LoadedFile<Model.CareerGuide>? Guide, LoadedFile<Article>? Article);

    /// <summary>The first line: which parser build wrote the cache, for which folder.</summary>
    internal sealed record Header(int Format, string Code, string Root);

    /// <summary>The build of the parser: any change to the code gives another, and the cache is not used.</summary>
    public static string CodeVersion { get; } = typeof(ParsedFilesCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Reads the cache into <paramref name="parsed"/>; returns how many files it holds, or 0 when there is no cache,
    /// or it is for another folder or another build, or it cannot be read (it is then ignored, never an error).
    /// </summary>
    public static int Restore(ParsedFiles parsed, string cacheFile, string root)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        try
        {
            if (!File.Exists(cacheFile)) return 0;
            // Read as UTF-8 bytes and parsed from them, line by line, never decoded into strings first.
            var bytes = File.ReadAllBytes(cacheFile);
            var lines = new List<Range>();
            for (var start = 0; start < bytes.Length;)
            {
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                if (end < 0) end = bytes.Length;
                if (end > start) lines.Add(start..end);
                start = end + 1;
            }
            if (lines.Count == 0 || JsonSerializer.Deserialize(bytes.AsSpan(lines[0]), Json.Header) is not { } header
                || header.Format != Format || header.Code != CodeVersion || header.Root != Path.GetFullPath(root))
                return 0;
            var entries = lines.Skip(1).AsParallel().Select(l => JsonSerializer.Deserialize(bytes.AsSpan(l), Json.Line)).ToList();
            foreach (var entry in entries)
            {
                if (entry is null) continue;
                object? result = (object?)entry.Guide ?? entry.Article;
                if (result is not null) parsed.Remember(entry.Path, entry.Length, new DateTime(entry.LastWriteTicks, DateTimeKind.Utc), entry.Today, entry.MetLaterDate, result);
            }
            return parsed.Count;
        }
        catch (Exception e) when (Unusable(e))
        {
            // A damaged or unreadable cache only costs the time it would have saved.
            return 0;
        }
    }

    // What a missing, unreadable or damaged cache throws (PLINQ gathers a line's error into an AggregateException).
    private static bool Unusable(Exception e) => e is AggregateException all
        ? all.Flatten().InnerExceptions.All(Unusable)
        : e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or InvalidOperationException or ArgumentException;

    /// <summary>
    /// Writes what <paramref name="parsed"/> holds to <paramref name="cacheFile"/> (through a temporary file, so a
    /// reader never sees half of it). Returns false when it cannot be written; the site works the same without it.
    /// </summary>
    public static bool Save(ParsedFiles parsed, string cacheFile, string root)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var temporary = cacheFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            // A folder it makes is the user's alone.
            var folder = Path.GetDirectoryName(Path.GetFullPath(cacheFile))!;
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            RemoveInterruptedWrites(cacheFile);
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                writer.WriteLine(JsonSerializer.Serialize(new Header(Format, CodeVersion, Path.GetFullPath(root)), Json.Header));
                foreach (var (path, entry) in parsed.Entries)
                {
                    var line = new Line(path, entry.Length, entry.LastWriteUtc.Ticks, entry.Today, entry.MetLaterDate,
                        entry.Result as LoadedFile<Model.CareerGuide>, entry.Result as LoadedFile<Article>);
                    writer.WriteLine(JsonSerializer.Serialize(line, Json.Line));
                }
            }
            File.Move(temporary, cacheFile, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try { File.Delete(temporary); } catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }

    /// <summary>How old a temporary file of this cache must be before a write takes it for one a stopped process left.</summary>
    private static readonly TimeSpan Interrupted = TimeSpan.FromHours(1);

    // A process stopped in the middle of a write (killed, or its machine gone) leaves its temporary file behind; the
    // next write removes those of this cache file that are an hour old. A younger one may be another process's
    // write under way, and is left alone.
    private static void RemoveInterruptedWrites(string cacheFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(cacheFile))!;
        var name = Path.GetFileName(cacheFile);
        foreach (var file in Directory.EnumerateFiles(folder, name + ".*.tmp"))
        {
            var middle = Path.GetFileName(file)[(name.Length + 1)..^".tmp".Length];
            if (!Guid.TryParseExact(middle, "N", out _)) continue;
            try
            {
                if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow - Interrupted) File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's to clear, or gone already.
            }
        }
    }

    /// <summary>The section types a guide can hold, for the cache's type names; a test checks every one is here.</summary>
    internal static readonly Type[] SectionTypes =
    [
        typeof(SnapshotSection), typeof(ProseSection), typeof(DaySection), typeof(PathwaySection), typeof(SkillsSection),
        typeof(EducationSection), typeof(MarketSection), typeof(FitSection), typeof(TradeoffsSection),
        typeof(HighSchoolSection), typeof(SourcesSection), typeof(ReadingSection), typeof(TranscriptSection),
        typeof(FaqSection), typeof(SimilarSection),
    ];

    private static class Json
    {
        private static readonly JsonSerializerOptions Options = new()
        {
            TypeInfoResolver = ParsedFilesJsonContext.Default.WithAddedModifier(Shape),
        };

        public static readonly JsonTypeInfo<Header> Header = (JsonTypeInfo<Header>)Options.GetTypeInfo(typeof(Header));

        public static readonly JsonTypeInfo<Line> Line = (JsonTypeInfo<Line>)Options.GetTypeInfo(typeof(Line));

        // Sections are stored with their type's name; what is worked out from other fields (a get-only property
        // with no constructor parameter, such as a guide's Summary) is not stored.
        private static void Shape(JsonTypeInfo type)
        {
            if (type.Type == typeof(GuideSection))
            {
                type.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$section" };
                foreach (var section in SectionTypes) type.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(section, section.Name));
            }
            if (type.Kind != JsonTypeInfoKind.Object) return;
            for (var i = type.Properties.Count - 1; i >= 0; i--)
            {
                if (type.Properties[i].Set is null && type.Properties[i].AssociatedParameter is null) type.Properties.RemoveAt(i);
            }
        }
    }
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ParsedFilesCache.Header))]
[JsonSerializable(typeof(ParsedFilesCache.Line))]
[JsonSerializable(typeof(SnapshotSection))]
[JsonSerializable(typeof(ProseSection))]
[JsonSerializable(typeof(DaySection))]
[JsonSerializable(typeof(PathwaySection))]
[JsonSerializable(typeof(SkillsSection))]
[JsonSerializable(typeof(EducationSection))]
[JsonSerializable(typeof(MarketSection))]
[JsonSerializable(typeof(FitSection))]
[JsonSerializable(typeof(TradeoffsSection))]
[JsonSerializable(typeof(HighSchoolSection))]
[JsonSerializable(typeof(SourcesSection))]
[JsonSerializable(typeof(ReadingSection))]
[JsonSerializable(typeof(TranscriptSection))]
[JsonSerializable(typeof(FaqSection))]
[JsonSerializable(typeof(SimilarSection))]
internal sealed partial class ParsedFilesJsonContext : JsonSerializerContext;
