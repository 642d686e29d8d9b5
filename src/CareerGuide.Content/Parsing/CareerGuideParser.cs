using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Parsing;

/// <summary>Parses one career file (YAML front matter plus Markdown prose) into a typed guide.</summary>
public static class CareerGuideParser
{
    // Kinds whose data lives in the front matter under their slug; the rest are prose or derived.
    private static readonly SectionKind[] ProseKinds = [SectionKind.WhyItMatters, SectionKind.Outlook, SectionKind.College];

    /// <summary>
    /// Parses a guide. Never throws for bad content: every problem is returned with its position,
    /// and the guide is returned only when there is no error.
    /// </summary>
    /// <param name="file">The path reported in problems.</param>
    /// <param name="slug">The guide's slug (from the file name).</param>
    /// <param name="text">The file's text.</param>
    /// <param name="today">Today's date, against which last-verified dates are checked.</param>
    public static ParseResult<Model.CareerGuide> Parse(string file, string slug, string text, DateOnly today)
    {
        var problems = new ProblemList(file);
        var document = MarkdownReader.Read(text, problems);
        if (document.FrontMatter is null)
        {
            problems.Error(1, 1, "the file must start with YAML front matter: a line '---', the guide's fields, then another '---'");
            return new(null, problems.All);
        }
        var yaml = YamlMap.Parse(document.FrontMatter, problems);
        if (yaml is null) return new(null, problems.All);

        var title = yaml.Text("title");
        var draft = yaml.Flag("draft");
        var aliases = ReadAliases(yaml, slug);
        var prose = BodySections.Match(document.Parts, problems);
        var sections = new List<GuideSection>();
        foreach (var info in SectionCatalog.All.Where(s => !s.IsDerived))
        {
            var section = ReadSection(info, yaml, prose, problems, today);
            if (section is null) continue;
            sections.Add(prose.TryGetValue(info.Kind, out var part) ? section with { Prose = part.Html } : section);
        }
        yaml.ReportUnknownKeys(key => ProseKinds.Select(SectionCatalog.Get).FirstOrDefault(s => s.Slug == key) is { } p
            ? $"'{key}' is prose: write it in the body under '## {p.Title}'"
            : null);

        Placeholders.Report(text, problems);
        if (problems.HasErrors || title is null) return new(null, problems.All) { Links = problems.Links, Aliases = aliases };
        var faq = sections.OfType<FaqSection>().FirstOrDefault();
        if (faq is not null)
        {
            var entries = FaqWriter.StandardEntries(title, sections).Concat(faq.Entries).ToList();
            sections[sections.IndexOf(faq)] = faq with { Entries = entries };
        }
        var guide = new Model.CareerGuide(slug, title, sections) { Draft = draft, Aliases = [.. aliases.Select(a => a.Url)] };
        return new(guide, problems.All) { Links = problems.Links, Aliases = aliases };
    }

    private static List<SiteLink> ReadAliases(YamlMap yaml, string slug)
    {
        var aliases = new List<SiteLink>();
        if (!yaml.Has("aliases")) return aliases;
        foreach (var (value, index) in yaml.ScalarList("aliases").Select((v, i) => (v, i)))
        {
            if (!Slug.IsValid(value.Value))
                yaml.Error(value, $"aliases[{index}]: '{value.Value}' is not a valid slug; use lower-case letters, digits and single hyphens");
            else if (value.Value == slug)
                yaml.Error(value, $"aliases[{index}]: '{value.Value}' is this guide's own slug; list only old slugs");
            else
                aliases.Add(new SiteLink(value.Value, value.Line, value.Column));
        }
        return aliases;
    }

    private static GuideSection? ReadSection(SectionInfo info, YamlMap yaml, Dictionary<SectionKind, BodyPart> prose,
        ProblemList problems, DateOnly today)
    {
        var key = info.Slug;
        var hasProse = prose.TryGetValue(info.Kind, out var part);
        if (ProseKinds.Contains(info.Kind)) return hasProse ? new ProseSection(info.Kind) : null;

        if (!yaml.Has(key))
        {
            if (info.Kind == SectionKind.Snapshot)
                yaml.Error("snapshot: required field 'snapshot' is missing; every guide needs its summary, titles, industries, hours and top skills");
            else if (info.Kind == SectionKind.Faq && hasProse)
                return new FaqSection([]);
            else if (hasProse)
                problems.Error(part!.Line, part.Column, $"'## {part.Heading}' has prose but the front matter has no '{key}:' field with its data");
            return null;
        }
        return info.Kind switch
        {
            SectionKind.Snapshot => yaml.Map(key) is { } m ? SectionReaders.Snapshot(m) : null,
            SectionKind.Day => yaml.MapList(key) is { } l ? SectionReaders.Day(l) : null,
            SectionKind.Pathway => yaml.MapList(key) is { } l ? SectionReaders.Pathway(l) : null,
            SectionKind.Skills => yaml.MapList(key) is { } l ? SectionReaders.Skills(l) : null,
            SectionKind.Education => yaml.MapList(key) is { } l ? SectionReaders.Education(l) : null,
            SectionKind.Market => yaml.Map(key) is { } m ? SectionReaders.Market(m) : null,
            SectionKind.Fit => yaml.Map(key) is { } m ? SectionReaders.Fit(m) : null,
            SectionKind.Tradeoffs => yaml.Map(key) is { } m ? SectionReaders.Tradeoffs(m) : null,
            SectionKind.HighSchool => yaml.Map(key) is { } m ? SectionReaders.HighSchool(m) : null,
            SectionKind.Sources => yaml.Map(key) is { } m ? SectionReaders.Sources(m, today) : null,
            SectionKind.Transcript => yaml.Map(key) is { } m ? SectionReaders.Transcript(m) : null,
            SectionKind.Faq => ReadFaq(yaml, problems),
            _ => null,
        };
    }

    private static FaqSection? ReadFaq(YamlMap yaml, ProblemList problems)
    {
        var items = yaml.MapList("faq", required: false) ?? [];
        var entries = new List<FaqEntry>();
        foreach (var item in items)
        {
            var question = item.Text("question");
            var answer = item.Scalar("answer", required: true, "the answer, in Markdown");
            item.ReportUnknownKeys();
            if (question is not null && answer is not null)
                entries.Add(new FaqEntry(question, MarkdownReader.RenderFragment(answer, problems)));
        }
        return entries.Count == items.Count ? new FaqSection(entries) : null;
    }
}
