using CareerGuide.Content.Loading;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests;

/// <summary>The shipped content loads with no errors and carries the seed's figures exactly.</summary>
public sealed class ShippedContentTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.Load(TestFiles.RepositoryContent, TestFiles.Today).Catalog;
    private static Model.CareerGuide Ml => Catalog.FindGuide("machine-learning-engineer")!;

    [Fact]
    public void Every_shipped_file_loads_without_errors()
    {
        Assert.DoesNotContain(Catalog.Problems, p => p.IsError);
        Assert.Equal(Catalog.FileCount, Catalog.Guides.Count + Catalog.Articles.Count);
    }

    [Fact]
    public void Every_shipped_guide_and_article_has_a_date_from_its_content()
    {
        Assert.All(Catalog.Guides, g => Assert.NotNull(g.LastModified));
        Assert.All(Catalog.Articles, a => Assert.NotNull(a.LastModified));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), Ml.LastModified);
    }

    [Fact]
    public void The_ml_guide_has_the_fifteen_sections_of_the_seed_and_further_reading_from_the_article()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17], Ml.Sections.Where(s => !s.Info.IsDerived).Select(s => s.Info.Number));
        Assert.Equal(["careers-in-machine-learning"], Ml.Section<ReadingSection>()!.Articles.Select(a => a.Slug));
        Assert.Null(Ml.Section<SimilarSection>());
    }

    [Fact]
    public void Every_imported_guide_has_the_sections_figures_can_fill()
    {
        int[] expected = [1, 4, 5, 6, 7, 9, 11, 12, 13, 14, 17];
        var imported = Catalog.Guides.Where(g => g.Section<SourcesSection>()?.Imported is not null).ToList();
        Assert.Equal(831, imported.Count);
        var missing = imported.Select(g => (g.Slug, Missing: expected.Except(g.Sections.Select(s => s.Info.Number)).ToList())).Where(x => x.Missing.Count > 0).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} guides lack sections, e.g. " + string.Join("; ", missing.Take(10).Select(m => $"{m.Slug}: {string.Join(",", m.Missing)}")));
    }

    [Fact]
    public void Figures_carry_over_exactly()
    {
        Assert.Equal([92, 76, 90, 94, 88], Ml.Section<SkillsSection>()!.Ratings.Select(r => r.Rating));
        Assert.Equal([60, 20, 10, 10], Ml.Section<EducationSection>()!.Routes.Select(r => r.SharePercent));
        Assert.Equal([CostTier.High, CostTier.High, CostTier.Medium, CostTier.Low], Ml.Section<EducationSection>()!.Routes.Select(r => r.Cost));
        var market = Ml.Section<MarketSection>()!;
        Assert.Equal(new SalaryRange("USD", PayPeriod.Year, 118_000, 155_000, 191_000), market.Salary);
        Assert.Equal(new GrowthProjection(40, 2034), market.Growth);
        Assert.Equal(DemandLevel.VeryHigh, market.Demand);
        Assert.Equal(["09:00", "09:30", "10:00", "12:00", "13:00", "14:30", "16:00", "17:30"],
            Ml.Section<DaySection>()!.Entries.Select(e => e.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["Foundation", "2-4 years", "1-2 summers", "Yr 1-2", "Yr 3-6", "Yr 7+"], Ml.Section<PathwaySection>()!.Stages.Select(s => s.Timing));
        Assert.Equal(3, Ml.Section<FitSection>()!.Threshold);
        Assert.Equal(6, Ml.Section<SourcesSection>()!.Items.Count);
        Assert.Equal(38, Ml.Section<TranscriptSection>()!.Lines.Count);
        Assert.Equal(new TimeSpan(0, 9, 27), Ml.Section<TranscriptSection>()!.Lines[^1].At);
    }

    [Fact]
    public void The_seeds_missing_verification_date_is_visible_not_invented()
    {
        Assert.Null(Ml.Section<SourcesSection>()!.LastVerified);
        Assert.Contains(Catalog.Problems, p => !p.IsError && p.Message.StartsWith("sources.last_verified is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_faq_quotes_the_same_salary_range_as_the_market_section()
    {
        var pay = Ml.Section<FaqSection>()!.Entries.Single(e => e.Question.EndsWith(" earn?", StringComparison.Ordinal));
        Assert.Contains("from $118,000 to $191,000 per year, with a median of about $155,000", pay.Answer.Value, StringComparison.Ordinal);
        var education = Ml.Section<FaqSection>()!.Entries.Single(e => e.Question.StartsWith("What education", StringComparison.Ordinal));
        Assert.Contains("4-year degree in CS or related field, taken by 60%", education.Answer.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_article_keeps_its_front_matter()
    {
        var article = Assert.Single(Catalog.Articles);
        Assert.Equal("Navigating the Future: Exploring Lucrative Careers in Machine Learning", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 2), article.Published);
        Assert.Equal(8, article.ReadMinutes);
        Assert.Equal(["machine-learning-engineer"], article.Careers);
    }
}
