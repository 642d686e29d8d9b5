namespace CareerGuide.Content.Sections;

/// <summary>15 Further reading: derived from the articles that name the career, never read from a file.</summary>
internal sealed class ReadingRules : SectionRules<ReadingSection>
{
    private protected override string DataText(ReadingSection r) => string.Empty;

    private protected override string Description(Model.CareerGuide guide, ReadingSection r) =>
        $"Further reading on {guide.Title}: " + string.Join("; ", r.Articles.Select(a => a.Title)) + ".";
}
