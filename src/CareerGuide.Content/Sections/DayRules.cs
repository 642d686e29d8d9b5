using System.Globalization;
using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>
/// 03 A real day: a list of entries on a 24-hour clock, in time order; or a map with <c>duties</c>, the main duties
/// untimed (three to five, each starting with a verb, at most 14 words).
/// </summary>
internal sealed class DayRules : SectionRules<DaySection>
{
    /// <summary>The most words a duty should have.</summary>
    public const int MostWordsInADuty = 14;

    private static readonly TimedEntries<TimeOnly> Entries = new(
        "time", "activity", "a time of day such as 09:30 or 14:00",
        (string text, out TimeOnly time) => TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time),
        (path, value) => $"{path}: '{value}' is not a time of day; write it on a 24-hour clock, e.g. 09:30 or 14:00",
        (path, value, before) => $"{path}: {value} is not after the entry before it ({before:HH:mm}); list the day in time order on a 24-hour clock");

    private protected override DaySection? ReadField(SectionSource source)
    {
        if (source.Yaml.IsMap(source.Key)) return ReadDuties(source);
        return source.List() is { } items && Entries.Read(items) is { } entries
            ? new DaySection([.. entries.Select(e => new DayEntry(e.Time, e.Text))])
            : null;
    }

    private static DaySection? ReadDuties(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var present = map.Has("duties");
        var duties = map.ScalarList("duties");
        map.ReportUnknownKeys();
        if (!present || duties.Count == 0)
        {
            map.Error($"{map.FieldPath("duties")}: list the main duties, three to five lines each starting with a verb, e.g. '- Check patients' vital signs and record what changed'");
            return null;
        }
        if (duties.Count is < 3 or > 5)
            map.Warning($"{map.FieldPath("duties")}: {duties.Count} duties; list three to five");
        for (var i = 0; i < duties.Count; i++)
        {
            var words = duties[i].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MostWordsInADuty)
                map.Warning(duties[i], $"{map.FieldPath("duties")}[{i}]: {words} words; keep a duty to {MostWordsInADuty} words or fewer");
        }
        return new DaySection([]) { Duties = [.. duties.Select(d => d.Value)] };
    }

    private protected override string DataText(DaySection d) =>
        Sentences(d.IsTimed ? d.Entries.Select(e => e.Activity) : d.Duties);

    private protected override string Description(Model.CareerGuide guide, DaySection d) => d.IsTimed
        ? $"A real day as a {guide.Title}, from {Display.TimeOfDay(d.Entries[0].Time)} to {Display.TimeOfDay(d.Entries[^1].Time)}: "
            + string.Join("; ", d.Entries.Take(3).Select(e => e.Activity)) + "…"
        : $"The main duties of the work: {string.Join("; ", d.Duties.Take(3))}…";
}
