using System.Globalization;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>16 Audio guide transcript: timestamped lines in order, and an optional audio file the site must have.</summary>
internal sealed class TranscriptRules : SectionRules<TranscriptSection>
{
    private static readonly TimedEntries<TimeSpan> Lines = new(
        "at", "text", "a timestamp such as 01:30",
        (string text, out TimeSpan at) => TimeSpan.TryParseExact(text, [@"mm\:ss", @"m\:ss", @"h\:mm\:ss"], CultureInfo.InvariantCulture, out at),
        (path, value) => $"{path}: '{value}' is not a timestamp; write minutes and seconds as mm:ss, e.g. 01:30",
        (path, value, _) => $"{path}: {value} is not after the line before it; list the transcript in time order");

    private protected override TranscriptSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var audio = map.Scalar("audio", required: false, "a site-relative path such as /audio/guide.mp3");
        var items = map.MapList("lines");
        map.ReportUnknownKeys();
        if (audio is not null && !UrlRules.IsSiteRelative(audio.Value))
        {
            map.Error(audio, $"transcript.audio: '{audio.Value}' must be a site-relative path such as /audio/guide.mp3");
            return null;
        }
        if (items is null || Lines.Read(items) is not { } lines) return null;
        return new TranscriptSection([.. lines.Select(l => new TranscriptLine(l.Time, l.Text))], audio?.Value)
        {
            // Checked now, not on every render: the player is offered only for a file the site really has.
            AudioAvailable = audio is not null && source.Context.SiteFileExists(audio.Value),
        };
    }

    private protected override string DataText(TranscriptSection t) => string.Join(" ", t.Lines.Select(l => l.Text));

    private protected override string Description(Model.CareerGuide guide, TranscriptSection t) =>
        $"Transcript of the {guide.Title} audio guide, {t.Lines.Count} passages.";
}
