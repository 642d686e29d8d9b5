using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One moment of a representative working day.</summary>
/// <param name="Time">The time of day, on a 24-hour clock.</param>
/// <param name="Activity">What happens then.</param>
public sealed record DayEntry(TimeOnly Time, string Activity);

/// <summary>
/// 03 A real day: either a timed day (<see cref="Entries"/>, earliest first) or, untimed, the work's main duties
/// (<see cref="Duties"/>); <see cref="IsTimed"/> says which.
/// </summary>
/// <param name="Entries">The day's entries in time order; empty when the guide lists duties instead.</param>
public sealed record DaySection(IReadOnlyList<DayEntry> Entries) : GuideSection(SectionKind.Day)
{
    /// <summary>The main duties, three to five lines each starting with a verb; empty for a timed day.</summary>
    public IReadOnlyList<string> Duties { get; init; } = [];

    /// <summary>True for a timed day, false for a list of duties.</summary>
    public bool IsTimed => Entries.Count > 0;
}
