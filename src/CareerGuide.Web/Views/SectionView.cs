using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>
/// What a section partial needs: the section, its guide, and where it sits on the page. Each partial is
/// typed by its kind's <see cref="SectionView{T}"/>, made through the kind's rules, so no view casts.
/// </summary>
public abstract class SectionView
{
    private protected SectionView(Content.Model.CareerGuide guide, bool standalone, FitCheck fit)
    {
        Guide = guide;
        Standalone = standalone;
        Fit = fit;
    }

    /// <summary>The guide the section belongs to.</summary>
    public Content.Model.CareerGuide Guide { get; }

    /// <summary>True on the one-section page, where the section title is the page's h1.</summary>
    public bool Standalone { get; }

    /// <summary>The section, untyped, for what every kind shares (its prose, number, slug and title).</summary>
    public abstract GuideSection Part { get; }

    /// <summary>The section kind's number, slug, title and rules.</summary>
    public SectionInfo Info => Part.Info;

    /// <summary>The level for headings inside the section: 2 on its own page, 3 within the whole guide.</summary>
    public int SubHeading => Standalone ? 2 : 3;

    /// <summary>Prefix for element ids, unique per section on the whole-guide page.</summary>
    public string IdPrefix => Info.Slug;

    /// <summary>The section's own URL.</summary>
    public string Url => Links.Section(Guide.Slug, Info.Slug);

    /// <summary>The student's answers to the Fit self-check, when this is its result page.</summary>
    public FitCheck Fit { get; }

    /// <summary>The view of <paramref name="section"/>, typed by its kind.</summary>
    public static SectionView Of(Content.Model.CareerGuide guide, GuideSection section, bool standalone, FitCheck? fit = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Info.Rules.Accept(section, new Maker(guide, standalone, fit ?? FitCheck.None));
    }

    private sealed class Maker(Content.Model.CareerGuide guide, bool standalone, FitCheck fit) : ISectionVisitor<SectionView>
    {
        public SectionView Visit<TSection>(TSection section) where TSection : GuideSection =>
            new SectionView<TSection>(guide, section, standalone, fit);
    }
}

/// <summary>A section partial's model: the section as its own type.</summary>
/// <typeparam name="T">The section's model type.</typeparam>
public sealed class SectionView<T> : SectionView where T : GuideSection
{
    internal SectionView(Content.Model.CareerGuide guide, T section, bool standalone, FitCheck fit)
        : base(guide, standalone, fit) => Section = section;

    /// <summary>The section.</summary>
    public T Section { get; }

    /// <inheritdoc />
    public override GuideSection Part => Section;
}
