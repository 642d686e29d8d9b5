using System.Globalization;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>14 Sources: where the figures come from, and when they were last checked (a warning when never).</summary>
internal sealed class SourcesRules : SectionRules<SourcesSection>
{
    private protected override SourcesSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var verifiedValue = map.Scalar("last_verified", required: false, "a date");
        var imported = map.Date("imported", required: false);
        var items = map.MapList("items");
        map.ReportUnknownKeys();

        DateOnly? verified = null;
        if (imported is { } importedOn && source.Context.IsAfterToday(importedOn))
        {
            map.Error($"{map.FieldPath("imported")}: {imported:yyyy-MM-dd} is in the future; it is the day the import ran");
            return null;
        }
        if (verifiedValue is null && imported is not null)
        {
            // Imported figures are checked against their sources by the import itself, on the day it ran.
        }
        else if (verifiedValue is null)
        {
            map.Warning(new YamlValue(string.Empty, map.Line, map.Column),
                "sources.last_verified is missing: the page will say these sources have not been verified; add the date you last checked them (yyyy-mm-dd)");
        }
        else if (!DateOnly.TryParseExact(verifiedValue.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            map.Error(verifiedValue, $"sources.last_verified: '{verifiedValue.Value}' is not a date; write it as yyyy-mm-dd");
            return null;
        }
        else if (source.Context.IsAfterToday(date))
        {
            map.Error(verifiedValue, $"sources.last_verified: {verifiedValue.Value} is in the future; write the date the sources were actually checked");
            return null;
        }
        else verified = date;

        if (items is null) return null;
        var sources = new List<Source>();
        foreach (var item in items)
        {
            var publisher = item.Text("publisher");
            var title = item.Text("title");
            var kind = item.Text("kind");
            var url = item.Scalar("url", required: false, "an http(s) address");
            var release = item.Text("release", required: false);
            var licence = item.Text("licence", required: false);
            item.ReportUnknownKeys();
            Uri? uri = null;
            if (url is not null && (!Uri.TryCreate(url.Value, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            {
                item.Error(url, $"{item.FieldPath("url")}: '{url.Value}' is not a web address; write a full https:// address or leave the field out");
                continue;
            }
            if (publisher is not null && title is not null && kind is not null) sources.Add(new Source(publisher, title, kind, uri) { Release = release, Licence = licence });
        }
        return sources.Count == items.Count ? new SourcesSection(sources, verified) { Imported = imported } : null;
    }

    private protected override string DataText(SourcesSection s) => Sentences(s.Items.Select(i => $"{i.Publisher}: {i.Title}"));

    private protected override string Description(Model.CareerGuide guide, SourcesSection s) =>
        $"The {s.Items.Count} sources behind the {guide.Title} guide" + (s.LastVerified is { } d ? $", last verified {Display.Date(d)}." : ".");
}
