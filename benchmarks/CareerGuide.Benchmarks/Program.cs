using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;
using CareerGuide.Web.Views;

// Parsing one guide and rendering one section's view data, with allocations.
BenchmarkSwitcher.FromAssembly(typeof(GuideBenchmarks).Assembly).Run(args);

/// <summary>Time and allocations of the two hot paths that do not involve the network.</summary>
[MemoryDiagnoser]
public class GuideBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private string text = string.Empty;
    private string imported = string.Empty;
    private CareerGuide.Content.Model.CareerGuide guide = null!;

    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "content", "careers", "machine-learning-engineer.md");
            if (File.Exists(file))
            {
                text = File.ReadAllText(file);
                imported = File.ReadAllText(Path.Combine(dir.FullName, "content", "careers", "registered-nurse.md"));
                break;
            }
        }
        guide = CareerGuideParser.Parse("machine-learning-engineer.md", "machine-learning-engineer", text, Today).Value!;
    }

    /// <summary>Markdown + YAML to a typed guide: the shipped Machine Learning Engineer file (38 transcript passages).</summary>
    [Benchmark]
    public object ParseGuide() => CareerGuideParser.Parse("machine-learning-engineer.md", "machine-learning-engineer", text, Today).Value!;

    /// <summary>An imported guide (registered nurse, 8.9 KB, almost all front matter from O*NET and BLS): what 831 of the shipped files are.</summary>
    [Benchmark]
    public object ParseImportedGuide() => CareerGuideParser.Parse("registered-nurse.md", "registered-nurse", imported, Today).Value!;

    /// <summary>What a section page computes besides Razor: the section's description and its salary chart scale.</summary>
    [Benchmark]
    public object DescribeMarketSection()
    {
        var market = guide.Section<MarketSection>()!;
        return (market.Info.Rules.Describe(guide, market), SalaryScale.For(market.Salary).X(market.Salary.Median));
    }
}
