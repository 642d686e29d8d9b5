using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Parsing;

/// <summary>Parses one career file (YAML front matter plus Markdown prose) into a typed guide.</summary>
public static class CareerGuideParser
{
    /// <summary>
    /// Parses a guide. Never throws for bad content: every problem is returned with its position,
    /// and the guide is returned only when there is no error.
    /// </summary>
    /// <param name="file">The path reported in problems.</param>
    /// <param name="slug">The guide's slug (from the file name).</param>
    /// <param name="text">The file's text.</param>
    /// <param name="today">Today's date, against which last-verified dates are checked.</param>
    public static ParseResult<Model.CareerGuide> Parse(string file, string slug, string text, DateOnly today) =>
        Parse(file, slug, text, new ParseContext(today));

    /// <summary>As <see cref="Parse(string, string, string, DateOnly)"/>, with what the checks need beyond today's date.</summary>
    public static ParseResult<Model.CareerGuide> Parse(string file, string slug, string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new ProblemList(file);
        if (FrontMatterFences.ReportUnclosed(text, problems)) return new(null, problems.All);
        var document = MarkdownReader.Read(text, problems);
        if (document.FrontMatter is null)
        {
            problems.Error(1, 1, "the file must start with YAML front matter: a line '---', the guide's fields, then another '---'");
            return new(null, problems.All);
        }
        var yaml = YamlMap.Parse(document.FrontMatter, problems);
        if (yaml is null) return new(null, problems.All);

        var title = yaml.Text("title");
        var titleAt = yaml.Scalar("title", required: false, string.Empty) is { } t ? new SiteLink(t.Value, t.Line, t.Column) : null;
        var draft = yaml.Flag("draft");
        var updated = yaml.Date("updated", required: false);
        var aliases = ReadAliases(yaml, slug);
        var prose = BodySections.Match(document.Parts, problems);
        var sections = new List<GuideSection>();
        foreach (var info in SectionCatalog.All.Where(s => !s.IsDerived))
        {
            // Each kind reads itself: see its SectionRules, found from its SectionCatalog entry.
            var part = prose.GetValueOrDefault(info.Kind);
            var section = info.Rules.Read(new SectionSource(info, yaml, part, problems, context) { Draft = draft });
            if (section is null) continue;
            sections.Add(part is null ? section : section with { Prose = part.Html });
        }
        // The import writes the figures; what the work is, in words, is the editors' (the summary and the duties).
        if (sections.OfType<SourcesSection>().FirstOrDefault() is { Imported: not null } && !yaml.Has(SectionCatalog.Get(SectionKind.Day).Slug))
            problems.Warning(titleAt?.Line ?? 1, titleAt?.Column ?? 1,
                "day: this imported guide does not list its main duties yet; add 'day:' with 'duties:', three to five lines each starting with a verb (see content/README.md)");
        yaml.ReportUnknownKeys(key => SectionCatalog.FindBySlug(key) is { Rules.ProseOnly: true } p
            ? $"'{key}' is prose: write it in the body under '## {p.Title}'"
            : null);

        Placeholders.Report(text, draft, problems);
        if (problems.HasErrors || title is null) return new(null, problems.All) { Links = problems.Links, Aliases = aliases, Title = titleAt };
        var faq = sections.OfType<FaqSection>().FirstOrDefault();
        var imported = sections.OfType<SourcesSection>().FirstOrDefault() is { Imported: not null };
        // An imported guide O*NET gives no interests still gets a fit check, from the skills BLS ranks highest for it.
        if (imported && !sections.Any(s => s.Kind == SectionKind.Fit) && FitRules.FromTopSkills(sections.OfType<SnapshotSection>().FirstOrDefault()) is { } fit)
            sections.Insert(sections.FindLastIndex(s => s.Kind < SectionKind.Fit) + 1, fit);
        // An imported guide without a plan of the editor's gets one composed from its figures.
        if (imported && !sections.Any(s => s.Kind == SectionKind.HighSchool) && HighSchoolWriter.Compose(sections) is { } plan)
            sections.Insert(sections.FindLastIndex(s => s.Kind < SectionKind.HighSchool) + 1, plan);
        if (imported)
        {
            // An imported guide always has a FAQ: the questions students ask, answered from its own figures, then the editors' own.
            var entries = FaqWriter.ImportedEntries(title, sections).Concat(faq?.Entries ?? []).ToList();
            if (faq is null) sections.Insert(sections.FindLastIndex(s => s.Kind < SectionKind.Faq) + 1, new FaqSection(entries));
            else sections[sections.IndexOf(faq)] = faq with { Entries = entries };
        }
        else if (faq is not null)
        {
            var entries = FaqWriter.StandardEntries(title, sections).Concat(faq.Entries).ToList();
            sections[sections.IndexOf(faq)] = faq with { Entries = entries };
        }
        var guide = new Model.CareerGuide(slug, title, sections)
        {
            Draft = draft,
            Aliases = [.. aliases.Select(a => a.Url)],
            LastModified = LastChanged(updated, sections) is { } day ? Dates.StartOfDayUtc(day) : null,
        };
        return new(guide, problems.All) { Links = problems.Links, Aliases = aliases, Title = titleAt };
    }

    /// <summary>
    /// When the guide last changed, from its content alone (a copy without git history gives the same date): the latest
    /// of its <c>updated</c> date, the day its figures were imported and the day its sources were last verified.
    /// </summary>
    private static DateOnly? LastChanged(DateOnly? updated, IEnumerable<GuideSection> sections)
    {
        var sources = sections.OfType<SourcesSection>().FirstOrDefault();
        DateOnly?[] dates = [updated, sources?.Imported, sources?.LastVerified];
        return dates.Max();
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
}
