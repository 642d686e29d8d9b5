namespace CareerGuide.Content.Model;

/// <summary>Calendar dates from content as points in time, for the sitemap, the feed and structured data.</summary>
public static class Dates
{
    /// <summary>The start of <paramref name="day"/>, UTC: how a date written in content (yyyy-mm-dd) is dated.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
