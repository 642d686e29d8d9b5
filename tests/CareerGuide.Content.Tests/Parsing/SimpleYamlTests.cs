using CareerGuide.Content.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>
/// The quick YAML reader must give exactly YamlDotNet's events (values, styles, positions) whenever it reads a
/// text at all, and leave everything else to YamlDotNet.
/// </summary>
public class SimpleYamlTests
{
    [Fact]
    public void EveryImportedGuideIsReadQuicklyAndExactlyAsYamlDotNetReadsIt()
    {
        var files = Directory.EnumerateFiles(TestFiles.RepositoryContent, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var quick = 0;
        var imported = 0;
        foreach (var file in files)
        {
            var yaml = FrontMatter(File.ReadAllText(file));
            var events = SimpleYaml.TryRead(yaml);
            if (yaml.Contains("# Imported from public data", StringComparison.Ordinal))
            {
                imported++;
                Assert.True(events is not null, $"{file}: an imported guide's front matter was left to YamlDotNet");
            }
            if (events is null) continue;
            quick++;
            Assert.Equal(YamlDotNetEvents(yaml), Describe(events));
        }
        Assert.True(imported > 800, $"only {imported} imported guides found");
        Assert.True(quick >= imported);
    }

    [Theory]
    [InlineData("title: Nurse\nsoc: 29-1141\n")]
    [InlineData("percent: -0.1\nratio: :x\nq: ?y\nlanguage: C# and F#\n")]
    [InlineData("# a comment\ntitle: Nurse\n\n  # an indented comment\nlist:\n  - one\n  - two\n")]
    [InlineData("a:\n  b:\n    - c: 1\n      d: \"x: y\"\n    - e\n  f: \"\"\n")]
    [InlineData("summary: >-\n  one\n  two\nnext: 1\n")]
    [InlineData("summary: >\n  one\n  two\n\n\nnext: 1\n")]
    [InlineData("summary: |-\n  one\n  two\nlist:\n  - |\n    three\n    four\n  - five\n")]
    [InlineData("links:\n  -   url: \"https://example.org/a?b=1#c\"\n      title: A, b [c] {d}\n")]
    [InlineData("no_newline_at_end: yes")]
    [InlineData("titles: [Alpine Advisor 00084, Advisor Lead]\nempty: []\nspaced: [ a ,b,  c d  ]  \nnegative: [-1, x-y, 2.5]\n")]
    [InlineData("list:\n  - [p, q]\n  - k: [r]\n    j: s\n")]
    public void PlainYamlIsReadAsYamlDotNetReadsIt(string yaml)
    {
        var events = SimpleYaml.TryRead(yaml);

        Assert.NotNull(events);
        Assert.Equal(YamlDotNetEvents(yaml), Describe(events));
    }

    [Theory]
    [InlineData("title: Nurse # a comment\n")]
    [InlineData("title:\tNurse\n")]
    [InlineData("title: Nurse\r\nsoc: 1\r\n")]
    [InlineData("title: a long\n  value on two lines\n")]
    [InlineData("title: \"an \\\"escaped\\\" quote\"\n")]
    [InlineData("title: 'single'\n")]
    [InlineData("title:\nsoc: 1\n")]
    [InlineData("list:\n- a\n- b\n")]
    [InlineData("list: [a, \"b\"]\n")]
    [InlineData("list: [a, 'b']\n")]
    [InlineData("list: [a, b,]\n")]
    [InlineData("list: [a, , b]\n")]
    [InlineData("list: [a: b]\n")]
    [InlineData("list: [a, [b]]\n")]
    [InlineData("list: [a, {b: c}]\n")]
    [InlineData("list: [a, - b]\n")]
    [InlineData("list: [a, ? b]\n")]
    [InlineData("list: [a, b # c]\n")]
    [InlineData("list: [a,\n  b]\n")]
    [InlineData("list: [a] b\n")]
    [InlineData("map: {a: 1}\n")]
    [InlineData("a: &anchor x\nb: *anchor\n")]
    [InlineData("a: !tag x\n")]
    [InlineData("summary: >-\n  one\n\n  two\n")]
    [InlineData("summary: >-\n  one\n    more indented\n")]
    [InlineData("summary: >-\n  trailing space \n")]
    [InlineData("summary: >+\n  kept\n")]
    [InlineData("summary: >2\n   indicated\n")]
    [InlineData("summary: >-\nnot indented\n")]
    [InlineData("- a list at the top\n")]
    [InlineData("  indented: top\n")]
    [InlineData("list:\n  -\n    a: 1\n")]
    [InlineData("list:\n  - - nested\n")]
    [InlineData("\"quoted key\": 1\n")]
    [InlineData("title: Nurse\n  ")]
    [InlineData("key with spaces: 1\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b:\n")]
    [InlineData("--- \na: 1\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void AnythingElseIsLeftToYamlDotNet(string yaml)
    {
        Assert.Null(SimpleYaml.TryRead(yaml));
    }

    [Fact]
    public void AKeyGivenTwiceIsStillReportedAsBefore()
    {
        var text = "---\ntitle: Nurse\ntitle: Doctor\n---\n";

        var result = CareerGuideParser.Parse("twice.md", "twice", text, TestFiles.Today);

        Assert.NotNull(SimpleYaml.TryRead("title: Nurse\ntitle: Doctor\n"));
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(3, problem.Line);
        Assert.Contains("title", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Thousands of small mistakes and odd forms made from real front matter (lines moved in or out, removed,
    /// doubled, joined, or given a piece of other YAML): whenever the quick reader reads one, YamlDotNet reads it
    /// too, to the same events; so a text YamlDotNet refuses is never accepted, nor one read differently.
    /// </summary>
    [Fact]
    public void MutatedFrontMatterIsNeverReadDifferently()
    {
        var sources = Directory.EnumerateFiles(TestFiles.RepositoryContent, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(TestFiles.Fixtures, "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => FrontMatter(File.ReadAllText(f)))
            .Where(y => y.Length > 0)
            .Append("titles: [Alpine Advisor 00084, Advisor Lead]\nindustries: [healthcare, healthcare]\nhours:\n  min: 35\n  list:\n    - [a, b]\n    - c\n")
            .ToList();
        string[] pieces = [": x", " # c", "\t", "&a ", "*a", "'q'", "\"a\\n\"", "[1, 2]", "[", "]", ",", ", ", "- ", "-", "? ", "|+", ">2", ">-", "|", "\"", ":", " ", "  ", "#", "- a: b", "{", "%", "@", "`", "!", "\u00a0", "\u2028"];
        var random = new Random(20261202);
        int read = 0, tried = 0;
        for (var round = 0; round < 6000; round++)
        {
            var lines = sources[random.Next(sources.Count)].Split('\n').ToList();
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: lines[at] = new string(' ', random.Next(1, 3)) + lines[at]; break;
                case 1: lines[at] = lines[at].Length > 0 && lines[at][0] == ' ' ? lines[at][1..] : lines[at]; break;
                case 2: lines.RemoveAt(at); break;
                case 3: lines.Insert(at, lines[at]); break;
                case 4 when at + 1 < lines.Count: lines[at] += lines[at + 1]; lines.RemoveAt(at + 1); break;
                case 5: lines.Insert(at, string.Empty); break;
                default: lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), pieces[random.Next(pieces.Length)]); break;
            }
            var yaml = string.Join('\n', lines);
            tried++;
            var events = SimpleYaml.TryRead(yaml);
            if (events is null) continue;
            read++;
            Assert.Equal(YamlDotNetEvents(yaml), Describe(events));
        }
        // Most mutations leave plain YAML plain, so both paths are exercised.
        Assert.InRange(read, tried / 4, tried - tried / 10);
    }

    // What YamlMap is given: the front matter as MarkdownReader finds it (empty when there is none).
    private static string FrontMatter(string text) => MarkdownReader.Read(text, new ProblemList("file.md")).FrontMatter?.Yaml ?? string.Empty;

    private static List<string> YamlDotNetEvents(string yaml)
    {
        var events = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext()) events.Add(parser.Current!);
        return Describe(events);
    }

    private static List<string> Describe(IEnumerable<ParsingEvent> events) => [.. events.Select(e => e switch
    {
        Scalar s => $"Scalar '{s.Value}' {s.Style} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey} {s.Start} to {s.End} {s.Anchor} {s.Tag}",
        MappingStart m => $"MappingStart {m.Style} implicit={m.IsImplicit} {m.Start} {m.Anchor} {m.Tag}",
        SequenceStart q => $"SequenceStart {q.Style} implicit={q.IsImplicit} {q.Start} {q.Anchor} {q.Tag}",
        _ => $"{e.GetType().Name} {e.Start}",
    })];
}
