using System.Text.Json.Nodes;
using CareerGuide.Content.Loading;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Tests.Schema;

/// <summary>The editors' JSON Schema and the server's validation accept and reject the same fixture files.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly string SchemaFolder = Path.Combine(TestFiles.RepositoryContent, "schema");
    private static readonly SubsetSchemaValidator Career = Load("career.schema.json");

    /// <summary>
    /// Mistakes a JSON Schema cannot express (ordering, sums, comparing two fields, today's date, the Markdown
    /// body). The server alone catches them; the test checks that the schema really does let them through,
    /// so this list stays the exact boundary between the two.
    /// </summary>
    private static readonly Dictionary<string, string> BeyondSchema = new()
    {
        ["day-time-backwards"] = "time order",
        ["transcript-timestamp-backwards"] = "time order",
        ["education-shares-not-100"] = "a sum across entries",
        ["salary-median-outside-range"] = "a comparison of two fields",
        ["fit-threshold-above-count"] = "a comparison with a list's length",
        ["last-verified-in-future"] = "today's date",
        ["h1-in-body"] = "the Markdown body",
        ["prose-without-data"] = "the Markdown body",
        ["unknown-section-heading"] = "the Markdown body",
        ["text-before-first-heading"] = "the Markdown body",
        ["published-zero-salary"] = "a value allowed only while another field (draft) is set",
    };

    private static SubsetSchemaValidator Load(string name) =>
        new((JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, name)))!);

    public static TheoryData<string> InvalidFixtures() => TestFiles.InvalidFixtureNames();

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void A_file_the_server_rejects_is_rejected_by_the_schema_unless_the_mistake_is_beyond_a_schema(string name)
    {
        var text = File.ReadAllText(TestFiles.Fixture($"invalid/{name}.md"));
        Assert.False(CareerGuideParser.Parse($"{name}.md", name, text, TestFiles.Today).Succeeded);

        var json = FrontMatterJson.Read(text);
        var schemaRejects = json is null || Career.Validate(json).Count > 0;
        Assert.Equal(!BeyondSchema.ContainsKey(name), schemaRejects);
    }

    [Fact]
    public void Files_the_server_accepts_are_accepted_by_the_schema()
    {
        var files = Directory.EnumerateFiles(TestFiles.Fixture("valid"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryContent, "careers"), "*.md"))
            .ToList();
        Assert.True(files.Count >= 2);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var slug = Path.GetFileNameWithoutExtension(file);
            Assert.True(CareerGuideParser.Parse(file, slug, text, TestFiles.Today).Succeeded, file);
            Assert.Equal([], Career.Validate(FrontMatterJson.Read(text)));
        }
    }

    [Fact]
    public void The_shipped_articles_match_the_article_schema()
    {
        var schema = Load("article.schema.json");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryContent, "articles"), "*.md"))
        {
            var text = File.ReadAllText(file);
            Assert.True(ArticleParser.Parse(file, Path.GetFileNameWithoutExtension(file), text).Succeeded);
            Assert.Equal([], schema.Validate(FrontMatterJson.Read(text)));
        }
    }

    [Fact]
    public void Every_shipped_file_names_its_schema_for_editor_plugins()
    {
        foreach (var (folder, schema) in new[] { ("careers", "career"), ("articles", "article") })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryContent, folder), "*.md"))
                Assert.Contains($"# yaml-language-server: $schema=../schema/{schema}.schema.json", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("career.schema.json")]
    [InlineData("article.schema.json")]
    public void The_schemas_use_only_keywords_this_checker_implements(string name)
    {
        var unknown = new List<string>();
        Walk(JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, name)))!.AsObject(), unknown);
        Assert.Empty(unknown);

        static void Walk(JsonObject schema, List<string> unknown)
        {
            foreach (var (key, value) in schema)
            {
                if (!SubsetSchemaValidator.Keywords.Contains(key)) unknown.Add(key);
                if (key is "properties" or "$defs")
                {
                    foreach (var (_, child) in value!.AsObject()) Walk(child!.AsObject(), unknown);
                }
                else if (key is "items") Walk(value!.AsObject(), unknown);
                else if (key is "oneOf" or "anyOf")
                {
                    foreach (var option in value!.AsArray()) Walk(option!.AsObject(), unknown);
                }
            }
        }
    }

    [Fact]
    public void The_checker_rejects_what_it_should()
    {
        Assert.NotEmpty(Career.Validate(JsonNode.Parse("""{"title": 5, "snapshot": {}}""")));
        Assert.NotEmpty(Career.Validate(JsonNode.Parse("""{"title": "x"}""")));
    }
}
