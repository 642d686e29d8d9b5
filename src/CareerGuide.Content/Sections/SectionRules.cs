using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>
/// Everything particular to one section kind, reached from its entry in <see cref="SectionCatalog"/>: how
/// it is read from the front matter (with its checks), its plain text for search and link previews, and
/// the partial that renders it. Adding a kind touches exactly these places:
/// <list type="number">
/// <item>its model type, <c>Sections/{Name}Section.cs</c>;</item>
/// <item>its rules, <c>Sections/{Name}Rules.cs</c> (a <see cref="SectionRules{T}"/>), listed in <see cref="SectionCatalog"/>;</item>
/// <item>its partial, <c>Pages/Shared/Sections/_{Name}.cshtml</c> in the web project, typed <c>SectionView&lt;{Name}Section&gt;</c>;</item>
/// <item>its fixture test: a valid guide that uses it and one broken file per new mistake, under <c>tests/</c>.</item>
/// </list>
/// The JSON Schema's and the <c>new career</c> template's entries for the kind are checked against the catalogue by a
/// test (<c>SectionPlacesTests</c>), which names what is missing.
/// </summary>
public abstract class SectionRules
{
    private protected SectionRules()
    {
    }

    /// <summary>The partial that renders this kind, named after its model type: <c>Sections/_Skills</c> for <see cref="SkillsSection"/>.</summary>
    public abstract string PartialName { get; }

    /// <summary>The section's searchable plain text: its typed data in words, then its prose.</summary>
    public string SearchText(GuideSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Sentences([DataText(section), HtmlText.Plain(section.Prose)]);
    }

    /// <summary>Parts as sentences: empty ones left out, each ending in one full stop ("degree. Physician. Adaptability.").</summary>
    private protected static string Sentences(IEnumerable<string> parts) => string.Join(" ", parts
        .Select(p => p.Trim())
        .Where(p => p.Length > 0)
        .Select(p => p[^1] is '.' or '?' or '!' ? p : p + "."));

    /// <summary>One or two sentences that say what this section of this guide holds, for meta tags and link previews.</summary>
    public string Describe(Model.CareerGuide guide, GuideSection section)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(section);
        var text = ProseOnly ? string.Empty : Description(guide, section);
        if (text.Length == 0) text = HtmlText.Plain(section.Prose);
        if (text.Length == 0) text = $"{section.Info.Title} · {guide.Title}";
        return Display.Shorten(text);
    }

    /// <summary>Calls <paramref name="visitor"/> with the section as its own type, so a caller can build a typed view of it.</summary>
    public abstract TResult Accept<TResult>(GuideSection section, ISectionVisitor<TResult> visitor);

    /// <summary>True for kinds that are prose alone, with no front-matter field.</summary>
    internal virtual bool ProseOnly => false;

    /// <summary>Reads the section from the guide's front matter and body; null when the guide omits it or it has errors (reported).</summary>
    internal abstract GuideSection? Read(SectionSource source);

    /// <summary>Parts of the section that search weighs above ordinary text (job titles, skills).</summary>
    internal virtual IEnumerable<(string Text, SearchField Field)> WeightedText(GuideSection section) => [];

    private protected abstract string DataText(GuideSection section);

    private protected abstract string Description(Model.CareerGuide guide, GuideSection section);
}

/// <summary>The rules of a section kind whose model type is <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The section's model type.</typeparam>
public abstract class SectionRules<T> : SectionRules where T : GuideSection
{
    private static readonly string NameOfPartial = "Sections/_" + typeof(T).Name[..^"Section".Length];

    private protected SectionRules()
    {
    }

    /// <inheritdoc />
    public sealed override string PartialName => NameOfPartial;

    // The one place a section is cast to its own type: the registry entry found for its kind.
    /// <inheritdoc />
    public sealed override TResult Accept<TResult>(GuideSection section, ISectionVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit((T)section);
    }

    internal override GuideSection? Read(SectionSource source) =>
        source.Yaml.Has(source.Key) ? ReadField(source) : ReadMissing(source);

    internal sealed override IEnumerable<(string Text, SearchField Field)> WeightedText(GuideSection section) => WeightedText((T)section);

    /// <summary>Reads the kind's front-matter field, which is present. Derived kinds are never read.</summary>
    private protected virtual T? ReadField(SectionSource source) => null;

    /// <summary>What a guide without the field gets: by default nothing, and an error if the body has prose for it.</summary>
    private protected virtual T? ReadMissing(SectionSource source)
    {
        if (source.Prose is { } part)
            source.Problems.Error(part.Line, part.Column, $"'## {part.Heading}' has prose but the front matter has no '{source.Key}:' field with its data");
        return null;
    }

    private protected virtual IEnumerable<(string Text, SearchField Field)> WeightedText(T section) => [];

    private protected sealed override string DataText(GuideSection section) => DataText((T)section);

    private protected sealed override string Description(Model.CareerGuide guide, GuideSection section) => Description(guide, (T)section);

    /// <summary>The section's typed data in words, for search.</summary>
    private protected abstract string DataText(T section);

    /// <summary>What the section holds, in a sentence or two (empty: its prose is used).</summary>
    private protected abstract string Description(Model.CareerGuide guide, T section);
}
