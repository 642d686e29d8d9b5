using CareerGuide.Content.Model;

namespace CareerGuide.Content.Parsing;

/// <summary>Matches the body's <c>##</c> headings to section kinds.</summary>
internal static class BodySections
{
    /// <summary>The prose of each section, by kind; unknown, repeated or misplaced parts are reported.</summary>
    public static Dictionary<SectionKind, BodyPart> Match(IReadOnlyList<BodyPart> parts, ProblemList problems)
    {
        var byKind = new Dictionary<SectionKind, BodyPart>();
        foreach (var part in parts)
        {
            if (part.Heading is null)
            {
                problems.Error(part.Line, part.Column,
                    "this text comes before the first section heading; put it under a heading such as '## Why it matters'");
                continue;
            }
            var info = Find(part.Heading);
            if (info is null)
            {
                var hint = DidYouMean.Closest(part.Heading, SectionCatalog.All.Where(s => !s.IsDerived).Select(s => s.Title));
                problems.Error(part.Line, part.Column, $"unknown section '## {part.Heading}'; "
                    + (hint is null ? $"section headings are: {string.Join(", ", SectionCatalog.All.Where(s => !s.IsDerived).Select(s => s.Title))}" : $"did you mean '## {hint}'?"));
            }
            else if (info.IsDerived)
            {
                problems.Error(part.Line, part.Column,
                    $"'## {part.Heading}' is filled in by the site from other guides and articles; remove this heading");
            }
            else if (!byKind.TryAdd(info.Kind, part))
            {
                problems.Error(part.Line, part.Column,
                    $"section '## {part.Heading}' appears twice; the first is on line {byKind[info.Kind].Line}");
            }
        }
        return byKind;
    }

    // "## Skills", "## skills" and "## 05 Skills" all name section 05.
    private static SectionInfo? Find(string heading)
    {
        var text = heading.Trim().TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimStart(' ', '·', '.', '-').Trim();
        return SectionCatalog.All.FirstOrDefault(s =>
            string.Equals(s.Title, text, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Slug, text, StringComparison.OrdinalIgnoreCase));
    }
}
