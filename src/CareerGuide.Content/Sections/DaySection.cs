using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One moment of a representative working day.</summary>
/// <param name="Time">The time of day, on a 24-hour clock.</param>
/// <param name="Activity">What happens then.</param>
public sealed record DayEntry(TimeOnly Time, string Activity);

/// <summary>03 A real day: intro prose and a timeline, earliest first.</summary>
/// <param name="Entries">The day's entries in time order.</param>
public sealed record DaySection(IReadOnlyList<DayEntry> Entries) : GuideSection(SectionKind.Day);
