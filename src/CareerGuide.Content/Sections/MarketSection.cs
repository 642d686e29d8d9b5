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

    /// <summary>
    /// The published percentiles (10th to 90th) when the range came from a wage survey; null for an editor's
    /// low/median/high. Low and High are then the lowest and highest percentile the survey gives.
    /// </summary>
    public PayPercentiles? Percentiles { get; init; }

    /// <summary>The median as a figure: the survey's (which may be capped, "or more"), else the editor's amount.</summary>
    public PayFigure MedianFigure => Percentiles?.Median ?? new PayFigure(Median, false);
}

/// <summary>One published wage estimate: an amount, or an amount the survey caps ("$239,200 or more").</summary>
/// <param name="Amount">The amount; for a capped estimate, the cap.</param>
/// <param name="OrMore">True when the survey says only that the wage is at least <paramref name="Amount"/>.</param>
public readonly record struct PayFigure(decimal Amount, bool OrMore);

/// <summary>Wage percentiles as a survey publishes them; a null percentile is one the survey does not give.</summary>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">50th percentile.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
public sealed record PayPercentiles(PayFigure? P10, PayFigure? P25, PayFigure? Median, PayFigure? P75, PayFigure? P90)
{
    /// <summary>The percentiles with their rank, lowest first (a null figure is not available).</summary>
    public IReadOnlyList<(int Percentile, PayFigure? Figure)> All => [(10, P10), (25, P25), (50, Median), (75, P75), (90, P90)];
}

/// <summary>Projected employment growth.</summary>
/// <param name="Percent">The projected change in per cent; may be negative.</param>
/// <param name="ByYear">The year the projection runs to.</param>
public sealed record GrowthProjection(decimal Percent, int ByYear)
{
    /// <summary>The year the projection starts from (e.g. 2024 for BLS's 2024-34 projections), when given.</summary>
    public int? FromYear { get; init; }

    /// <summary>The projected change for all occupations over the same years, when given, so a reader can compare.</summary>
    public decimal? AllOccupationsPercent { get; init; }
}

/// <summary>07 Market: prose plus salary, demand and growth for one region.</summary>
/// <param name="Region">Where the figures apply, e.g. <c>United States</c>.</param>
/// <param name="Salary">The salary range: yearly pay, or hourly pay when that is all the source gives.</param>
/// <param name="Demand">Current demand as the editor judges it; null when the guide does not say (imported figures never do).</param>
/// <param name="Growth">Projected growth.</param>
public sealed record MarketSection(string Region, SalaryRange Salary, DemandLevel? Demand, GrowthProjection Growth)
    : GuideSection(SectionKind.Market)
{
    /// <summary>Hourly pay beside a yearly <see cref="Salary"/>, when the source gives both.</summary>
    public SalaryRange? Hourly { get; init; }

    /// <summary>How many people work in the occupation in the region, when given.</summary>
    public long? Employment { get; init; }

    /// <summary>The year <see cref="Employment"/> counts, when given.</summary>
    public int? EmploymentYear { get; init; }

    /// <summary>Projected job openings a year (new jobs and replacements), when given.</summary>
    public long? Openings { get; init; }

    /// <summary>The figures in a sentence or two, shown first (the import composes it from the figures); null when not given.</summary>
    public string? Summary { get; init; }
}
