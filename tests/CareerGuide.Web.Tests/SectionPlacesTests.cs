using System.Text.Json;
using System.Text.RegularExpressions;
using CareerGuide.Content.Model;
using CareerGuide.Web.Commands;

namespace CareerGuide.Web.Tests;

/// <summary>
/// A section kind is four files (model, rules, partial, tests): everything else that names the kinds, the JSON
/// Schema and the <c>new career</c> template, is checked against <see cref="SectionCatalog"/> here, and so is every
/// path docs/architecture.md names.
/// </summary>
public sealed partial class SectionPlacesTests
{
    private static readonly string Root = SiteFactory.RepositoryRoot;

    private static IEnumerable<SectionInfo> WithField => SectionCatalog.All.Where(s => s.HasField);

    // "Sections/_Skills" → "Skills".
    private static string Name(SectionInfo kind) => kind.Rules.PartialName["Sections/_".Length..];

    [Fact]
    public void Every_kind_with_a_field_is_in_the_schema_under_its_slug_and_number_and_nothing_else_is()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "content", "schema", "career.schema.json")));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        string[] guideFields = ["title", "draft", "updated", "aliases"];
        Assert.Equal(guideFields.Concat(WithField.Select(k => k.Slug)).Order(StringComparer.Ordinal), properties.Keys.Order(StringComparer.Ordinal));
        Assert.All(WithField, k => Assert.StartsWith(k.NumberText + " ", properties[k.Slug].GetProperty("description").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_new_career_template_has_every_kind_with_a_field_in_number_order_under_its_numbered_comment()
    {
        var lines = CareerTemplate.For("Data Scientist").Split('\n');
        var keys = lines.Select((l, i) => (Line: l, At: i)).Where(x => TopKey().IsMatch(x.Line)).Select(x => (Key: x.Line[..x.Line.IndexOf(':', StringComparison.Ordinal)], x.At)).ToList();
        var kinds = keys.Where(k => SectionCatalog.FindBySlug(k.Key) is not null).ToList();
        Assert.Equal(WithField.Select(k => k.Slug), kinds.Select(k => k.Key));
        foreach (var (key, at) in kinds)
        {
            var kind = SectionCatalog.FindBySlug(key)!;
            var comment = lines[..at].Last(l => l.StartsWith("# ", StringComparison.Ordinal) && Regex.IsMatch(l, @"^# \d\d "));
            Assert.StartsWith($"# {kind.NumberText} {kind.Title}", comment, StringComparison.Ordinal);
        }
        Assert.All(keys.Where(k => SectionCatalog.FindBySlug(k.Key) is null), k => Assert.Contains(k.Key, new[] { "title", "draft", "aliases", "updated" }));
    }

    [Fact]
    public void Every_kind_with_a_field_has_its_model_rules_and_partial_where_the_architecture_page_says()
    {
        foreach (var kind in WithField)
        {
            var name = Name(kind);
            Assert.True(File.Exists(Path.Combine(Root, "src", "CareerGuide.Content", "Sections", name + "Section.cs")), $"{name}Section.cs");
            Assert.True(File.Exists(Path.Combine(Root, "src", "CareerGuide.Content", "Sections", name + "Rules.cs")), $"{name}Rules.cs");
            Assert.True(File.Exists(Path.Combine(Root, "src", "CareerGuide.Web", "Pages", "Shared", "Sections", "_" + name + ".cshtml")), $"_{name}.cshtml");
        }
    }

    [Fact]
    public void Every_path_the_architecture_page_names_exists()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
        // Paths from the repository root (src/..., tests/..., content/...); those with {Name} are patterns.
        var paths = CodePath().Matches(page).Select(m => m.Groups["path"].Value).Where(p => !p.Contains('{', StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(paths.Count > 15, $"only {paths.Count} paths found");
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(Root, p)) || Directory.Exists(Path.Combine(Root, p)), $"docs/architecture.md names {p}, which does not exist"));
        // Names given relative to the project folder a walk is in (Caching/..., Http/...) exist somewhere under src/.
        var relative = RelativePath().Matches(page).Select(m => m.Groups["path"].Value).Where(p => !p.StartsWith("src/", StringComparison.Ordinal)
            && !p.StartsWith("tests/", StringComparison.Ordinal) && !p.StartsWith("content/", StringComparison.Ordinal) && !p.Contains('{', StringComparison.Ordinal)).Distinct().ToList();
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).ToList();
        Assert.All(relative, p => Assert.True(sources.Any(f => f.EndsWith("/" + p, StringComparison.Ordinal)), $"docs/architecture.md names {p}, found nowhere under src/"));
    }

    [GeneratedRegex(@"^[a-z][a-z_-]*:")]
    private static partial Regex TopKey();

    [GeneratedRegex(@"`(?<path>(?:src|tests|content)/[^`\s]+)`")]
    private static partial Regex CodePath();

    [GeneratedRegex(@"`(?<path>[A-Za-z]+/[A-Za-z/_.]+\.(?:cs|cshtml|json|md))`")]
    private static partial Regex RelativePath();
}
