namespace CareerGuide.Content.Sections;

/// <summary>10 Trade-offs: pros and cons, and optionally myths.</summary>
internal sealed class TradeoffsRules : SectionRules<TradeoffsSection>
{
    private protected override TradeoffsSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var pros = map.TextList("pros");
        var cons = map.TextList("cons");
        var myths = map.TextList("myths", required: false) ?? [];
        map.ReportUnknownKeys();
        return pros is null || cons is null ? null : new TradeoffsSection(pros, cons, myths);
    }

    private protected override string DataText(TradeoffsSection t) => Sentences(t.Pros.Concat(t.Cons).Concat(t.Myths));

    private protected override string Description(Model.CareerGuide guide, TradeoffsSection t) =>
        $"Pros, cons and myths of a {guide.Title} career. Pro: {t.Pros[0]}. Con: {t.Cons[0]}.";
}
