using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>A question and its answer.</summary>
/// <param name="Question">The question, plain text.</param>
/// <param name="Answer">The answer.</param>
public sealed record FaqEntry(string Question, RenderedHtml Answer);

/// <summary>
/// 17 FAQ. The standard questions (pay, education, outlook, ...) are answered from the guide's own
/// typed data, so an answer can never quote a figure that disagrees with its section; editors add more.
/// </summary>
/// <param name="Entries">Questions and answers.</param>
public sealed record FaqSection(IReadOnlyList<FaqEntry> Entries) : GuideSection(SectionKind.Faq)
{
    /// <summary>
    /// The entries as a page shows them: for an imported guide, "What careers are like …?" joins them, answered from
    /// 13 Similar careers (worked out across guides once all are read, so it is not one of <see cref="Entries"/>).
    /// </summary>
    public IReadOnlyList<FaqEntry> EntriesOf(Model.CareerGuide guide) =>
        Parsing.FaqWriter.SimilarEntry(guide) is { } similar ? [.. Entries, similar] : Entries;
}
