using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>How often a salary is paid.</summary>
public enum PayPeriod
{
    /// <summary>Per year.</summary>
    Year,
    /// <summary>Per hour.</summary>
    Hour,
}

/// <summary>How strong current demand is.</summary>
public enum DemandLevel
{
    /// <summary>Low demand.</summary>
    Low,
    /// <summary>Moderate demand.</summary>
    Moderate,
    /// <summary>High demand.</summary>
    High,
    /// <summary>Very high demand.</summary>
    VeryHigh,
}

/// <summary>A salary range with its median; low ≤ median ≤ high.</summary>
/// <param name="Currency">ISO 4217 code, e.g. <c>USD</c>.</param>
/// <param name="Period">Per year or per hour.</param>
/// <param name="Low">The low end of the typical range.</param>
/// <param name="Median">The median.</param>
/// <param name="High">The high end of the typical range.</param>
public sealed record SalaryRange(string Currency, PayPeriod Period, decimal Low, decimal Median, decimal High)
{
    /// <summary>The hours BLS counts in a year of full-time work when it turns hourly pay into annual pay (52 weeks of 40 hours).</summary>
    public const int HoursPerYear = 2080;

    /// <summary>The median as pay for a year: an hourly median times <see cref="HoursPerYear"/>, so hourly and yearly pay compare on one scale.</summary>
    public decimal YearlyMedian => Period == PayPeriod.Hour ? Median * HoursPerYear : Median;
}

/// <summary>Projected employment growth.</summary>
/// <param name="Percent">The projected change in per cent; may be negative.</param>
/// <param name="ByYear">The year the projection runs to.</param>
public sealed record GrowthProjection(decimal Percent, int ByYear);

/// <summary>07 Market: prose plus salary, demand and growth for one region.</summary>
/// <param name="Region">Where the figures apply, e.g. <c>United States</c>.</param>
/// <param name="Salary">The salary range.</param>
/// <param name="Demand">Current demand.</param>
/// <param name="Growth">Projected growth.</param>
public sealed record MarketSection(string Region, SalaryRange Salary, DemandLevel Demand, GrowthProjection Growth)
    : GuideSection(SectionKind.Market);
