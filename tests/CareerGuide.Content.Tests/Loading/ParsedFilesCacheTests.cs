using System.Collections;
using System.Reflection;
using CareerGuide.Content.Loading;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests.Loading;

/// <summary>
/// The parse cache: what a start-up reads back instead of parsing is, field for field, what parsing gives; and
/// it is only used for unchanged files, from the same build and folder, on the same day or a later one when no
/// check of the file met a date after the day it was parsed.
/// </summary>
public sealed class ParsedFilesCacheTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("careerguide-parse-cache-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string CacheFile => Path.Combine(scratch, "cache", "parsed.jsonl");

    private static ContentLoadResult Load(string root, ParsedFiles parsed, DateOnly? today = null) =>
        ContentLoader.Load(root, new ContentLoadOptions(today ?? TestFiles.Today) { Parsed = parsed });

    private string CopyOfFixtures()
    {
        var root = Path.Combine(scratch, "content");
        Directory.CreateDirectory(Path.Combine(root, "careers"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        foreach (var file in Directory.EnumerateFiles(TestFiles.Fixture("valid"), "*.md"))
            File.Copy(file, Path.Combine(root, "careers", Path.GetFileName(file)));
        foreach (var name in new[] { "machine-learning-engineer.md", "registered-nurse.md", "electrician.md" })
            File.Copy(Path.Combine(TestFiles.RepositoryContent, "careers", name), Path.Combine(root, "careers", name));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryContent, "articles"), "*.md"))
            File.Copy(file, Path.Combine(root, "articles", Path.GetFileName(file)));
        return root;
    }

    [Fact]
    public void Every_kind_of_section_is_known_to_the_cache()
    {
        var kinds = typeof(GuideSection).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(GuideSection)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(kinds.OrderBy(t => t.Name), ParsedFilesCache.SectionTypes.OrderBy(t => t.Name));
    }

    [Fact]
    public void The_shipped_content_read_back_from_the_cache_is_what_parsing_gives_field_for_field()
    {
        var root = TestFiles.RepositoryContent;
        var parsed = new ParsedFiles();
        var fresh = Load(root, parsed);
        Assert.True(ParsedFilesCache.Save(parsed, CacheFile, root));

        var restored = new ParsedFiles();
        Assert.Equal(fresh.Catalog.FileCount, ParsedFilesCache.Restore(restored, CacheFile, root));
        var cached = Load(root, restored);
        Assert.Equal((0, fresh.Catalog.FileCount), (cached.FilesParsed, cached.FilesReused));

        var differences = new List<string>();
        Same(fresh.Catalog.Guides, cached.Catalog.Guides, "guides", differences, 0);
        Same(fresh.Catalog.Articles, cached.Catalog.Articles, "articles", differences, 0);
        Same(fresh.Catalog.Problems, cached.Catalog.Problems, "problems", differences, 0);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.Contains(cached.Catalog.Guides, g => g.Sections.OfType<TranscriptSection>().Any());
    }

    // A copy of the fixtures, loaded once and its cache written: what a first start leaves behind.
    private (string Root, ContentLoadResult First) CachedCopy()
    {
        var root = CopyOfFixtures();
        var parsed = new ParsedFiles();
        var first = Load(root, parsed);
        Assert.True(ParsedFilesCache.Save(parsed, CacheFile, root));
        return (root, first);
    }

    private ParsedFiles Restored(string root)
    {
        var restored = new ParsedFiles();
        ParsedFilesCache.Restore(restored, CacheFile, root);
        return restored;
    }

    [Fact]
    public void A_changed_or_added_file_is_parsed_and_the_others_come_from_the_cache()
    {
        var (root, first) = CachedCopy();

        var nurse = Path.Combine(root, "careers", "registered-nurse.md");
        File.WriteAllText(nurse, File.ReadAllText(nurse).Replace("title: Registered Nurse", "title: Registered Nurse (RN)", StringComparison.Ordinal));
        File.Copy(Path.Combine(TestFiles.RepositoryContent, "careers", "welders-cutters-solderers-and-brazers.md"), Path.Combine(root, "careers", "welder.md"));

        var next = Load(root, Restored(root));
        Assert.Equal((2, first.Catalog.FileCount - 1), (next.FilesParsed, next.FilesReused));
        Assert.Contains(next.Catalog.Guides, g => g.Title == "Registered Nurse (RN)");
        Assert.Contains(next.Catalog.Guides, g => g.Slug == "welder");
    }

    [Fact]
    public void On_a_later_day_only_a_file_whose_checks_met_a_date_after_the_day_it_was_parsed_is_parsed_again()
    {
        // One guide says its sources were checked tomorrow: an error today, fine from tomorrow on.
        var root = CopyOfFixtures();
        var lunar = Path.Combine(root, "careers", "lunar-greenhouse-technician.md");
        var tomorrow = TestFiles.Today.AddDays(1);
        File.WriteAllText(lunar, File.ReadAllText(lunar).Replace("last_verified: 2026-10-01", $"last_verified: {tomorrow:yyyy-MM-dd}", StringComparison.Ordinal));
        var parsed = new ParsedFiles();
        var first = Load(root, parsed);
        Assert.DoesNotContain(first.Catalog.Guides, g => g.Slug == "lunar-greenhouse-technician");
        Assert.True(ParsedFilesCache.Save(parsed, CacheFile, root));

        foreach (var later in new[] { Restored(root), parsed })
        {
            var next = Load(root, later, tomorrow.AddDays(30));
            Assert.Equal((1, first.Catalog.FileCount - 1), (next.FilesParsed, next.FilesReused));
            Assert.Contains(next.Catalog.Guides, g => g.Slug == "lunar-greenhouse-technician");
        }
    }

    [Fact]
    public void On_an_earlier_day_every_file_is_parsed_again()
    {
        var (root, first) = CachedCopy();
        var yesterday = Load(root, Restored(root), TestFiles.Today.AddDays(-1));
        Assert.Equal((first.Catalog.FileCount, 0), (yesterday.FilesParsed, yesterday.FilesReused));
    }

    [Fact]
    public void A_cache_for_another_folder_or_build_or_a_damaged_or_missing_one_is_ignored()
    {
        var root = CopyOfFixtures();
        var parsed = new ParsedFiles();
        Load(root, parsed);
        ParsedFilesCache.Save(parsed, CacheFile, root);
        var lines = File.ReadAllLines(CacheFile);

        Assert.Equal(0, ParsedFilesCache.Restore(new ParsedFiles(), CacheFile, Path.Combine(scratch, "elsewhere")));
        Assert.Equal(0, ParsedFilesCache.Restore(new ParsedFiles(), Path.Combine(scratch, "none.jsonl"), root));

        File.WriteAllLines(CacheFile, [lines[0].Replace(ParsedFilesCache.CodeVersion, new string('0', 32), StringComparison.Ordinal), .. lines[1..]]);
        Assert.Equal(0, ParsedFilesCache.Restore(new ParsedFiles(), CacheFile, root));

        File.WriteAllLines(CacheFile, [.. lines[..^1], lines[^1][..(lines[^1].Length / 2)]]);
        var damaged = new ParsedFiles();
        Assert.Equal(0, ParsedFilesCache.Restore(damaged, CacheFile, root));
        Assert.Equal(0, damaged.Count);

        File.WriteAllText(CacheFile, "not a cache");
        Assert.Equal(0, ParsedFilesCache.Restore(new ParsedFiles(), CacheFile, root));

        // And a damaged cache costs only time: the load parses everything.
        Assert.Equal(parsed.Count, Load(root, damaged).FilesParsed);
    }

    [Fact]
    public void A_write_clears_away_what_an_old_interrupted_write_left_and_nothing_else()
    {
        var root = CopyOfFixtures();
        var parsed = new ParsedFiles();
        Load(root, parsed);
        var folder = Path.GetDirectoryName(CacheFile)!;
        Directory.CreateDirectory(folder);
        // A process stopped mid-write a day ago, one that may be writing now, and other files beside the cache.
        var old = Path.Combine(folder, "parsed.jsonl.0123456789abcdef0123456789abcdef.tmp");
        var recent = Path.Combine(folder, "parsed.jsonl.fedcba9876543210fedcba9876543210.tmp");
        var otherCache = Path.Combine(folder, "other.jsonl.0123456789abcdef0123456789abcdef.tmp");
        var unrelated = Path.Combine(folder, "parsed.jsonl.notes.txt");
        foreach (var file in new[] { old, recent, otherCache, unrelated }) File.WriteAllText(file, "{");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-1));
        File.SetLastWriteTimeUtc(otherCache, DateTime.UtcNow.AddDays(-1));

        Assert.True(ParsedFilesCache.Save(parsed, CacheFile, root));

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(otherCache));
        Assert.True(File.Exists(unrelated));
        Assert.Equal(parsed.Count, ParsedFilesCache.Restore(new ParsedFiles(), CacheFile, root));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_reported_not_thrown()
    {
        var root = CopyOfFixtures();
        var parsed = new ParsedFiles();
        Load(root, parsed);
        var blocker = Path.Combine(scratch, "a-file");
        File.WriteAllText(blocker, "in the way");
        Assert.False(ParsedFilesCache.Save(parsed, Path.Combine(blocker, "parsed.jsonl"), root));
    }

    // Two object graphs are the same when every public property (computed ones too) is, element by element.
    private static void Same(object? a, object? b, string path, List<string> differences, int depth)
    {
        if (differences.Count >= 10 || ReferenceEquals(a, b)) return;
        // Lists are compared by their items: an array and a List<T> of the same items are the same.
        if (a is IEnumerable first && b is IEnumerable second && a is not string)
        {
            var left = first.Cast<object?>().ToList();
            var right = second.Cast<object?>().ToList();
            if (left.Count != right.Count) differences.Add($"{path}: {left.Count} items against {right.Count}");
            for (var i = 0; i < Math.Min(left.Count, right.Count); i++) Same(left[i], right[i], $"{path}[{i}]", differences, depth + 1);
            return;
        }
        if (a is null || b is null || a.GetType() != b.GetType())
        {
            differences.Add($"{path}: {a?.GetType().Name ?? "null"} against {b?.GetType().Name ?? "null"}");
            return;
        }
        var type = a.GetType();
        if (type.IsPrimitive || type.IsEnum || a is string or decimal or DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Type)
        {
            if (!a.Equals(b)) differences.Add($"{path}: {a} against {b}");
            return;
        }
        if (depth > 25)
        {
            differences.Add($"{path}: too deep to compare");
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsSubclassOf(typeof(SectionRules)) || property.PropertyType == typeof(SectionRules)) continue;
            Same(property.GetValue(a), property.GetValue(b), $"{path}.{property.Name}", differences, depth + 1);
        }
    }
}
