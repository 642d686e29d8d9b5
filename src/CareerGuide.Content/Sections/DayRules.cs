using System.Globalization;
using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>03 A real day: entries on a 24-hour clock, in time order.</summary>
internal sealed class DayRules : SectionRules<DaySection>
{
    private static readonly TimedEntries<TimeOnly> Entries = new(
        "time", "activity", "a time of day such as 09:30 or 14:00",
        (string text, out TimeOnly time) => TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time),
        (path, value) => $"{path}: '{value}' is not a time of day; write it on a 24-hour clock, e.g. 09:30 or 14:00",
        (path, value, before) => $"{path}: {value} is not after the entry before it ({before:HH:mm}); list the day in time order on a 24-hour clock");

    private protected override DaySection? ReadField(SectionSource source) =>
        source.List() is { } items && Entries.Read(items) is { } entries
            ? new DaySection([.. entries.Select(e => new DayEntry(e.Time, e.Text))])
            : null;

    private protected override string DataText(DaySection d) => string.Join(". ", d.Entries.Select(e => e.Activity));

    private protected override string Description(Model.CareerGuide guide, DaySection d) =>
        $"A real day as a {guide.Title}, from {Display.TimeOfDay(d.Entries[0].Time)} to {Display.TimeOfDay(d.Entries[^1].Time)}: "
        + string.Join("; ", d.Entries.Take(3).Select(e => e.Activity)) + "…";
}
