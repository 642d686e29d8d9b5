using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>
/// A list whose items each carry a time and a text, in time order: the day's entries (time of day) and the
/// transcript's lines (offset into the audio). Written once: both check that each time parses and comes
/// after the one before it.
/// </summary>
/// <typeparam name="TTime">The kind of time: <see cref="TimeOnly"/> or <see cref="TimeSpan"/>.</typeparam>
/// <param name="TimeKey">The item's time field, e.g. <c>time</c>.</param>
/// <param name="TextKey">The item's text field, e.g. <c>activity</c>.</param>
/// <param name="Expected">What the time field holds, for a missing-field message.</param>
/// <param name="TryParse">Parses a time as written.</param>
/// <param name="NotATime">The message for a value that does not parse (the field path and value are given).</param>
/// <param name="NotAfter">The message for a time that is not after the one before (the field path, value and previous time are given).</param>
internal sealed record TimedEntries<TTime>(
    string TimeKey,
    string TextKey,
    string Expected,
    TimedEntries<TTime>.Parser TryParse,
    Func<string, string, string> NotATime,
    Func<string, string, TTime, string> NotAfter) where TTime : struct, IComparable<TTime>
{
    /// <summary>Parses <paramref name="text"/> into a time, or returns false.</summary>
    public delegate bool Parser(string text, out TTime time);

    /// <summary>The items' (time, text) pairs in order, or null when any item has an error (each reported).</summary>
    public List<(TTime Time, string Text)>? Read(IReadOnlyList<YamlMap> items)
    {
        var entries = new List<(TTime Time, string Text)>();
        var ok = true;
        foreach (var item in items)
        {
            var at = item.Scalar(TimeKey, required: true, Expected);
            var text = item.Text(TextKey);
            item.ReportUnknownKeys();
            if (at is null || text is null) { ok = false; continue; }
            var path = item.FieldPath(TimeKey);
            if (!TryParse(at.Value, out var time))
            {
                item.Error(at, NotATime(path, at.Value));
                ok = false;
                continue;
            }
            if (entries.Count > 0 && time.CompareTo(entries[^1].Time) <= 0)
            {
                item.Error(at, NotAfter(path, at.Value, entries[^1].Time));
                ok = false;
            }
            entries.Add((time, text));
        }
        return ok ? entries : null;
    }
}
