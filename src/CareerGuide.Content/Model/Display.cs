using System.Globalization;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Model;

/// <summary>How typed values read in English on the page, one definition shared by every view.</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A salary figure: <c>$155,000</c> a year, <c>$28.50</c> an hour.</summary>
    public static string Money(decimal amount, string currency, PayPeriod period)
    {
        var symbol = currency == "USD" ? "$" : currency + " ";
        // One format everywhere: whole dollars with commas a year ($52,000, never $52k), cents an hour.
        return symbol + amount.ToString(period == PayPeriod.Hour ? "#,0.00" : "#,0", Invariant);
    }

    /// <summary>A survey's wage estimate: <c>$93,600</c>, <c>$239,200 or more</c> (capped), or <c>not available</c>.</summary>
    public static string Pay(PayFigure? figure, string currency, PayPeriod period) => figure is { } f
        ? Money(f.Amount, currency, period) + (f.OrMore ? " or more" : string.Empty)
        : "not available";

    /// <summary>A salary's range as text: <c>$66,030–$135,320</c>, saying "or more" when the top is the survey's cap.</summary>
    public static string Range(SalaryRange salary) =>
        $"{Money(salary.Low, salary.Currency, salary.Period)}–{Money(salary.High, salary.Currency, salary.Period)}"
        + (salary.Percentiles?.All.LastOrDefault(p => p.Figure is not null).Figure is { OrMore: true } ? " or more" : string.Empty);

    /// <summary>A published percentage as given: <c>12.3%</c>, <c>40%</c>.</summary>
    public static string Percent(decimal percent) => percent.ToString("0.#", Invariant) + "%";

    /// <summary>A count of people or openings as written in prose: <c>189,100</c>.</summary>
    public static string Count(long count) => count.ToString("#,0", Invariant);

    /// <summary>"per year" or "per hour".</summary>
    public static string Per(PayPeriod period) => period == PayPeriod.Hour ? "per hour" : "per year";

    /// <summary>A growth percentage with its sign: <c>+40%</c>.</summary>
    public static string Growth(decimal percent) =>
        (percent > 0 ? "+" : string.Empty) + percent.ToString("0.#", Invariant) + "%";

    /// <summary>The demand level in words.</summary>
    public static string Demand(DemandLevel level) => level switch
    {
        DemandLevel.VeryHigh => "Very high",
        DemandLevel.High => "High",
        DemandLevel.Moderate => "Moderate",
        _ => "Low",
    };

    /// <summary>The work mode in words.</summary>
    public static string Mode(WorkMode mode) => mode switch
    {
        WorkMode.OnSite => "on site",
        WorkMode.Remote => "remote",
        _ => "hybrid",
    };

    /// <summary>A time of day on a 12-hour clock, as a student reads it: <c>1:00 pm</c>.</summary>
    public static string TimeOfDay(TimeOnly time) =>
        time.ToString("h:mm", Invariant) + (time.Hour < 12 ? " am" : " pm");

    /// <summary>A time of day for a <c>datetime</c> attribute: <c>13:00</c>.</summary>
    public static string TimeOfDayMachine(TimeOnly time) => time.ToString("HH:mm", Invariant);

    /// <summary>An audio offset as <c>mm:ss</c> (or <c>h:mm:ss</c> past an hour).</summary>
    public static string Timestamp(TimeSpan at) => at.TotalHours >= 1
        ? at.ToString(@"h\:mm\:ss", Invariant)
        : ((int)at.TotalMinutes).ToString("00", Invariant) + ":" + at.Seconds.ToString("00", Invariant);

    /// <summary>An audio offset as an ISO 8601 duration for a <c>datetime</c> attribute: <c>PT1M10S</c>.</summary>
    public static string TimestampMachine(TimeSpan at) => System.Xml.XmlConvert.ToString(at);

    /// <summary>A cost tier as dollar signs: <c>$$$</c>.</summary>
    public static string Cost(CostTier tier) => new('$', (int)tier);

    /// <summary>A cost tier in words, for screen readers.</summary>
    public static string CostWords(CostTier tier) => tier switch
    {
        CostTier.Low => "low cost",
        CostTier.Medium => "medium cost",
        _ => "high cost",
    };

    /// <summary>A date as readers see it: <c>2 March 2025</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    /// <summary>"a" or "an" before a word, by its first letter.</summary>
    public static string Article(string word) =>
        word.Length > 0 && "AEIOUaeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private const int PreviewLength = 200;

    /// <summary>Cuts text to a length link previews show in full, at a word boundary.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cut(text, PreviewLength);
    }

    /// <summary>The most characters <see cref="OneLine"/> keeps.</summary>
    public const int OneLineLength = 110;

    /// <summary>
    /// A text's first sentence, for one line in a list (careers A to Z, a group's careers), cut at a word with an
    /// ellipsis when it is longer than <see cref="OneLineLength"/>.
    /// </summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var first = end > 0 ? text[..(end + 1)] : text.Trim();
        return Cut(first, OneLineLength);
    }

    // At most max characters, cut at a word with an ellipsis when longer.
    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 0 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>A percentile rank in words: <c>higher than 91% of occupations</c>.</summary>
    public static string Percentile(int rank) => $"higher than {rank}% of occupations";

    /// <summary>A career title as a plural noun for running text: "Machine Learning Engineers".</summary>
    public static string Plural(string title) => title.EndsWith('s') ? title : title + "s";
}
