using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>10 Trade-offs: the good, the hard, and what people get wrong.</summary>
/// <param name="Pros">Advantages.</param>
/// <param name="Cons">Drawbacks.</param>
/// <param name="Myths">Common misconceptions.</param>
public sealed record TradeoffsSection(IReadOnlyList<string> Pros, IReadOnlyList<string> Cons, IReadOnlyList<string> Myths)
    : GuideSection(SectionKind.Tradeoffs);
