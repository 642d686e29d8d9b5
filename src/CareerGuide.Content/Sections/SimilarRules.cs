namespace CareerGuide.Content.Sections;

/// <summary>13 Similar careers: derived from the other guides when the catalog is built, never read from a file.</summary>
internal sealed class SimilarRules : SectionRules<SimilarSection>
{
    private protected override string DataText(SimilarSection s) => string.Empty;

    private protected override string Description(Model.CareerGuide guide, SimilarSection s) =>
        $"Careers similar to {guide.Title}: " + string.Join(", ", s.Careers.Select(c => c.Title)) + ".";
}
