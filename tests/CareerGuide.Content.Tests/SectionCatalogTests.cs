using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Tests;

/// <summary>The registry of section kinds: lookup by slug or number, and each kind's rules.</summary>
public sealed class SectionCatalogTests
{
    [Theory]
    [InlineData("skills", SectionKind.Skills)]
    [InlineData("05", SectionKind.Skills)]
    [InlineData("5", SectionKind.Skills)]
    [InlineData("17", SectionKind.Faq)]
    [InlineData("high-school", SectionKind.HighSchool)]
    public void Find_takes_a_slug_or_a_number(string segment, SectionKind kind) =>
        Assert.Equal(kind, SectionCatalog.Find(segment)?.Kind);

    [Theory]
    [InlineData("00")]
    [InlineData("18")]
    [InlineData("005")]
    [InlineData("Skills")]
    [InlineData("")]
    [InlineData("skils")]
    public void Find_answers_null_for_anything_else(string segment) => Assert.Null(SectionCatalog.Find(segment));

    [Fact]
    public void Each_kind_names_the_partial_of_its_own_model_type()
    {
        Assert.Equal("Sections/_Skills", SectionCatalog.Get(SectionKind.Skills).Rules.PartialName);
        Assert.Equal("Sections/_HighSchool", SectionCatalog.Get(SectionKind.HighSchool).Rules.PartialName);
        Assert.Equal("Sections/_College", SectionCatalog.Get(SectionKind.College).Rules.PartialName);
        // The two prose kinds share one model type, so one partial.
        Assert.Equal(["Sections/_Prose"], new[] { SectionKind.WhyItMatters, SectionKind.Outlook }
            .Select(k => SectionCatalog.Get(k).Rules.PartialName).Distinct());
    }

    [Fact]
    public void Accept_hands_the_section_over_as_its_own_type()
    {
        var skills = new SkillsSection([new SkillRating("Welding", 80)]);
        Assert.Equal(typeof(SkillsSection), skills.Info.Rules.Accept(skills, new TypeOf()));
    }

    private sealed class TypeOf : ISectionVisitor<Type>
    {
        public Type Visit<TSection>(TSection section) where TSection : GuideSection => typeof(TSection);
    }
}
