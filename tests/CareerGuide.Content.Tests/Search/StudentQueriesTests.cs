using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;

namespace CareerGuide.Content.Tests.Search;

/// <summary>
/// Search over the shipped content with what students type: the career they mean is in the top three.
/// Where several guides are right ("teacher", "dental"), any of them counts.
/// </summary>
public sealed class StudentQueriesTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.Load(TestFiles.RepositoryContent, TestFiles.Today).Catalog;

    public static TheoryData<string, string> Queries() => new()
    {
        { "nurse", "registered-nurse" },
        { "RN", "registered-nurse" },
        { "doctor", "physician" },
        { "lawyer", "lawyer" },
        { "electrician", "electrician" },
        { "journeyman electrician", "electrician" },
        { "plumber", "plumbers-pipefitters-and-steamfitters" },
        { "plumber's helper", "helpers-pipelayers-plumbers-pipefitters-and-steamfitters" },
        { "coder", "computer-programmer|medical-records-specialist" },
        { "vet", "veterinarian" },
        { "teacher", "teacher" },
        { "police", "police-and-sheriffs-patrol-officer" },
        { "chef", "chef-and-head-cook" },
        { "pilot", "airline-pilots-copilots-and-flight-engineers|commercial-pilot" },
        { "accountant", "accountant-and-auditor" },
        { "graphic design", "graphic-designer" },
        { "dental", "dentist-general|dental-hygienist|dental-assistant" },
        { "welder", "welders-cutters-solderers-and-brazers" },
        { "truck driver", "heavy-and-tractor-trailer-truck-driver" },
        { "social work", "social-worker" },
        { "physical therapy", "physical-therapist" },
        { "data", "data-scientist|database-administrator|database-architect" },
        { "software", "software-developer" },
        { "firefighter", "firefighter" },
        { "pharmacist", "pharmacist" },
        { "mechanic", "automotive-service-technician-and-mechanic" },
        { "hairdresser", "hairdressers-hairstylists-and-cosmetologists" },
        { "machine learning", "machine-learning-engineer" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_career_a_student_means_is_in_the_top_three(string query, string expected)
    {
        var top = Catalog.Search.Search(query, 3).Results.Select(r => Links.Parse(r.Url).Slug ?? string.Empty).ToList();
        Assert.True(top.Any(slug => expected.Split('|').Any(e => slug == e || slug.Contains(e, StringComparison.Ordinal))),
            $"'{query}': top three were {string.Join(", ", top)}; expected {expected}");
    }
}

/// <summary>Results that match equally well come in order of how many people do the work, most first.</summary>
public sealed class SearchTieOrderTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.Load(TestFiles.RepositoryContent, TestFiles.Today).Catalog;

    [Theory]
    [InlineData("hydraulics")]
    [InlineData("welding")]
    public void Equal_matches_rank_by_employment_most_first(string query)
    {
        var results = Catalog.Search.Search(query, 200).Results.Where(r => r.Kind == "career").ToList();
        var ties = 0;
        for (var i = 1; i < results.Count; i++)
        {
            if (results[i].Score != results[i - 1].Score) continue;
            ties++;
            long Employment(string url) => Catalog.FindGuide(url.Split('/')[2])?.Section<Sections.MarketSection>()?.Employment ?? 0;
            Assert.True(Employment(results[i - 1].Url) >= Employment(results[i].Url),
                $"{results[i - 1].Title} ({Employment(results[i - 1].Url)}) before {results[i].Title} ({Employment(results[i].Url)})");
        }
        Assert.True(ties > 0, "no equal matches to order");
    }
}

/// <summary>What search shows under a result reads as sentences, never as fields run together ("degree.. Physician. . Adaptability").</summary>
public sealed class SearchTextSentencesTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.Load(TestFiles.RepositoryContent, TestFiles.Today).Catalog;

    [Fact]
    public void No_section_of_a_shipped_guide_runs_fields_together()
    {
        var bad = new List<string>();
        foreach (var guide in Catalog.Guides)
        {
            foreach (var section in guide.Sections)
            {
                var text = section.Info.Rules.SearchText(section);
                var run = System.Text.RegularExpressions.Regex.Match(text, @"(?<!\.)\.\s*\.(?!\.)|^\s*\.|,\s*\.");
                if (run.Success) bad.Add($"{guide.Slug}/{section.Info.Slug}: …{text[Math.Max(0, run.Index - 30)..Math.Min(text.Length, run.Index + 30)]}…");
            }
        }
        Assert.True(bad.Count == 0, $"{bad.Count} sections, e.g. {string.Join(" | ", bad.Take(5))}");
    }
}

/// <summary>A student's word for a job finds the jobs before the catch-alls ("Physician, All Other").</summary>
public sealed class CatchAllRankTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.Load(TestFiles.RepositoryContent, TestFiles.Today).Catalog;

    [Theory]
    [InlineData("doctor", "family-medicine-physician", "pediatrician-general")]
    [InlineData("therapist", "physical-therapist", "occupational-therapist")]
    public void Named_jobs_come_before_every_catch_all(string query, string first, string second)
    {
        var titles = Catalog.Search.Search(query, 40).Results.Select(r => (Slug: r.Url.Split('/')[2], r.Title)).ToList();
        var firstCatchAll = titles.FindIndex(t => t.Title.EndsWith(", All Other", StringComparison.Ordinal));
        Assert.True(firstCatchAll < 0 || titles.Take(firstCatchAll).Count() >= 5, string.Join(" | ", titles.Take(8).Select(t => t.Title)));
        Assert.Contains(first, titles.Take(10).Select(t => t.Slug));
        Assert.Contains(second, titles.Take(10).Select(t => t.Slug));
    }
}
