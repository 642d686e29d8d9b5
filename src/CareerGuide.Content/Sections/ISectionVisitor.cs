namespace CareerGuide.Content.Sections;

/// <summary>Receives a section as its own type (see <see cref="SectionRules.Accept{TResult}"/>).</summary>
/// <typeparam name="TResult">What the visitor makes of the section.</typeparam>
public interface ISectionVisitor<out TResult>
{
    /// <summary>Called with the section typed as what it is.</summary>
    TResult Visit<TSection>(TSection section) where TSection : GuideSection;
}
