using System.Text.Json;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>A guide built from public figures: no hours or industries (the data has none), and its occupation codes.</summary>
public sealed class SnapshotFromDataTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task The_snapshot_says_nothing_of_what_the_guide_leaves_out_and_shows_the_codes()
    {
        content.WriteCareer("data-guide", "---\ntitle: Data Guide\nsnapshot:\n  summary: A guide built from public figures only.\n  titles: [Analyst]\n"
            + "  top_skills: [Mathematics]\n  soc: 15-2051\n  onet_soc: 15-2051.00\n---\n");
        using var site = new SiteFactory { ContentRoot = content.Root };

        var page = await site.Page("/careers/data-guide/snapshot");

        var terms = page.QuerySelectorAll(".facts dt").Select(d => d.TextContent).ToList();
        Assert.Equal(["Common titles", "Top skills", "Occupation codes"], terms);
        Assert.Equal("SOC 15-2051, O*NET-SOC 15-2051.00", page.QuerySelectorAll(".facts dd")[^1].TextContent);
        var guide = await site.Page("/careers/data-guide");
        var occupation = guide.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.TryGetProperty("mainEntity", out var m) && m.ValueKind == JsonValueKind.Object && m.GetProperty("@type").GetString() == "Occupation")
            .GetProperty("mainEntity");
        Assert.Equal("15-2051", occupation.GetProperty("occupationalCategory").GetString());
    }

    [Fact]
    public async Task Percentile_ranks_say_what_they_mean_and_are_never_compared_with_ratings()
    {
        content.WriteCareer("lunar-greenhouse-technician", TempContent.Lunar);
        content.WriteCareer("data-guide", "---\ntitle: Data Guide\nsnapshot:\n  summary: A guide built from public figures only.\n  titles: [Analyst]\n"
            + "  top_skills: [Botany]\nskills:\n  scale: percentile\n  ratings:\n    - skill: Botany\n      rating: 91\n---\n");
        using var site = new SiteFactory { ContentRoot = content.Root };

        var skills = await site.Page("/careers/data-guide/skills");
        Assert.Equal("Botany 91: higher than 91% of occupations", string.Join(" ", skills.QuerySelector(".bars li")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).Replace("th pct.", string.Empty, StringComparison.Ordinal).Trim());
        Assert.NotNull(skills.QuerySelector(".scale-note"));

        var compare = await site.Page("/compare?careers=data-guide,lunar-greenhouse-technician");
        Assert.Contains(compare.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "What the work is");
        Assert.DoesNotContain(compare.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "Botany");
        Assert.Contains("the two scales do not compare", compare.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }
}
