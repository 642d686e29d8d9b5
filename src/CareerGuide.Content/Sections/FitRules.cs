namespace CareerGuide.Content.Sections;

/// <summary>09 Fit: statements and how many of them make a likely fit.</summary>
internal sealed class FitRules : SectionRules<FitSection>
{
    private protected override FitSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var statements = map.TextList("statements");
        var threshold = map.Integer("threshold", 1, Math.Max(1, statements?.Count ?? 1), what: "how many statements make a fit,");
        map.ReportUnknownKeys();
        return statements is null || threshold is null ? null : new FitSection(threshold.Value, statements);
    }

    private protected override string DataText(FitSection f) => string.Join(" ", f.Statements);

    private protected override string Description(Model.CareerGuide guide, FitSection f) =>
        $"Is {guide.Title} a fit for you? Check {f.Statements.Count} statements; {f.Threshold} or more suggests it is.";
}
