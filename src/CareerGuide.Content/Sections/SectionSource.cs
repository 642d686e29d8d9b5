using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>What a section kind's reader is given: the guide's front matter, the kind's prose from the body, and where to report.</summary>
/// <param name="Info">The kind being read.</param>
/// <param name="Yaml">The whole front matter.</param>
/// <param name="Prose">The body's part under the kind's heading, if any.</param>
/// <param name="Problems">Where mistakes are reported.</param>
/// <param name="Context">Today's date and what the site has, for checks that need them.</param>
internal sealed record SectionSource(SectionInfo Info, YamlMap Yaml, BodyPart? Prose, ProblemList Problems, ParseContext Context)
{
    /// <summary>True for a draft, where the new-career scaffold's placeholder values are still allowed.</summary>
    public bool Draft { get; init; }

    /// <summary>The kind's front-matter field: its slug.</summary>
    public string Key => Info.Slug;

    /// <summary>The field as a map, or null (reported) when it is not one.</summary>
    public YamlMap? Map() => Yaml.Map(Key);

    /// <summary>The field as a list of maps, or null (reported) when it is not one.</summary>
    public IReadOnlyList<YamlMap>? List() => Yaml.MapList(Key);
}
