using System.Globalization;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>Places salary figures on a 0–100 chart axis that starts at zero and ends at a round figure above the high end.</summary>
/// <param name="Max">The amount at the right-hand end of the axis.</param>
public sealed record SalaryScale(decimal Max)
{
    /// <summary>The median marker's width in chart units.</summary>
    public const string MedianWidth = "1.2";

    /// <summary>A scale whose end is the next round step (50k a year, 10 an hour) above the high figure.</summary>
    public static SalaryScale For(SalaryRange salary)
    {
        var step = salary.Period == PayPeriod.Hour ? 10m : 50_000m;
        var max = Math.Max(step, Math.Ceiling(salary.High / step) * step);
        return new SalaryScale(max == salary.High ? max + step : max);
    }

    /// <summary>An amount's position, 0 to 100, formatted for an SVG attribute.</summary>
    public string X(decimal amount) => Format(Position(amount));

    /// <summary>The width between two amounts.</summary>
    public string Width(decimal from, decimal to) => Format(Position(to) - Position(from));

    /// <summary>Where the median marker starts, so that it is centred on the median.</summary>
    public string MedianX(decimal median) => Format(Math.Max(0, Position(median) - 0.6m));

    private decimal Position(decimal amount) => Math.Clamp(amount / Max * 100, 0, 100);

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
