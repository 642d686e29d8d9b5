using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>02 Why it matters and 08 Outlook: prose alone, written in the body under the kind's heading.</summary>
internal sealed class ProseRules : SectionRules<ProseSection>
{
    internal override bool ProseOnly => true;

    internal override GuideSection? Read(SectionSource source) => source.Prose is null ? null : new ProseSection(source.Info.Kind);

    private protected override string DataText(ProseSection section) => string.Empty;

    private protected override string Description(Model.CareerGuide guide, ProseSection section) => string.Empty;
}
