using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>17 FAQ: questions with Markdown answers; prose under '## FAQ' alone is enough for the section.</summary>
internal sealed class FaqRules : SectionRules<FaqSection>
{
    private protected override FaqSection? ReadMissing(SectionSource source) => source.Prose is null ? null : new FaqSection([]);

    private protected override FaqSection? ReadField(SectionSource source)
    {
        var items = source.Yaml.MapList(source.Key, required: false) ?? [];
        var entries = new List<FaqEntry>();
        foreach (var item in items)
        {
            var question = item.Text("question");
            var answer = item.Scalar("answer", required: true, "the answer, in Markdown");
            item.ReportUnknownKeys();
            if (question is not null && answer is not null)
                entries.Add(new FaqEntry(question, MarkdownReader.RenderFragment(answer, source.Problems)));
        }
        return entries.Count == items.Count ? new FaqSection(entries) : null;
    }

    private protected override string DataText(FaqSection f) => string.Join(" ", f.Entries.Select(e => e.Question + " " + HtmlText.Plain(e.Answer)));

    private protected override string Description(Model.CareerGuide guide, FaqSection f) =>
        $"{guide.Title} FAQ: " + string.Join(" ", f.Entries.Take(3).Select(e => e.Question));
}
