using System.Globalization;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>
/// Places salary figures on a 0–100 chart axis running between the round steps (50k a year, 10 an hour)
/// below the low figure and above the high one, so the band fills most of the width and the axis ends are labelled.
/// </summary>
/// <param name="Min">The amount at the left-hand end.</param>
/// <param name="Max">The amount at the right-hand end.</param>
/// <param name="Salary">The range drawn.</param>
public sealed record SalaryScale(decimal Min, decimal Max, SalaryRange Salary)
{
    /// <summary>The median marker's width in chart units.</summary>
    public const string MedianWidth = "1.2";

    /// <summary>The scale for a salary range.</summary>
    public static SalaryScale For(SalaryRange salary)
    {
        var step = salary.Period == PayPeriod.Hour ? 10m : 50_000m;
        var min = Math.Floor(salary.Low / step) * step;
        var max = Math.Ceiling(salary.High / step) * step;
        if (max <= min) max = min + step;
        return new SalaryScale(min, max, salary);
    }

    /// <summary>The left-hand axis label.</summary>
    public string MinLabel => Display.Money(Min, Salary.Currency, Salary.Period);

    /// <summary>The right-hand axis label.</summary>
    public string MaxLabel => Display.Money(Max, Salary.Currency, Salary.Period);

    /// <summary>An amount's position, 0 to 100, formatted for an SVG attribute.</summary>
    public string X(decimal amount) => Format(Position(amount));

    /// <summary>The width between two amounts.</summary>
    public string Width(decimal from, decimal to) => Format(Position(to) - Position(from));

    /// <summary>Where the median marker starts, so that it is centred on the median.</summary>
    public string MedianX(decimal median) => Format(Math.Clamp(Position(median) - 0.6m, 0, 98.8m));

    private decimal Position(decimal amount) => Math.Clamp((amount - Min) / (Max - Min) * 100, 0, 100);

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
