using System.Globalization;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Sections;

/// <summary>07 Market: one salary range (low ≤ median ≤ high), demand and projected growth.</summary>
internal sealed class MarketRules : SectionRules<MarketSection>
{
    private static readonly Dictionary<string, DemandLevel> DemandLevels = new()
    {
        ["low"] = DemandLevel.Low, ["moderate"] = DemandLevel.Moderate, ["high"] = DemandLevel.High, ["very-high"] = DemandLevel.VeryHigh,
    };

    private static readonly Dictionary<string, PayPeriod> PayPeriods = new()
    {
        ["year"] = PayPeriod.Year, ["hour"] = PayPeriod.Hour,
    };

    private protected override MarketSection? ReadField(SectionSource source)
    {
        if (source.Map() is not { } map) return null;
        var summary = map.Text("summary", required: false);
        var region = map.Text("region");
        var salaryMap = map.Map("salary");
        var hourlyMap = map.Map("hourly", required: false);
        var employmentMap = map.Map("employment", required: false);
        var openings = map.Number("openings", 0, 1_000_000_000, required: false, what: "a number of openings a year");
        var demand = map.Choice("demand", DemandLevels, required: false);
        var growthMap = map.Map("growth");
        var figuresSource = map.Text("source", required: false);
        map.ReportUnknownKeys();
        var salary = salaryMap is null ? null : ReadSalary(salaryMap, source.Draft);
        var hourly = hourlyMap is null ? null : ReadSalary(hourlyMap, source.Draft);
        if (hourly is not null && (hourly.Period != PayPeriod.Hour || salary is { Period: not PayPeriod.Year }))
        {
            hourlyMap!.Error($"{hourlyMap.FieldPath("period")}: 'hourly' is hourly pay beside a yearly salary; write 'period: hour' here and 'period: year' under salary");
            hourly = null;
        }

        long? employment = null;
        int? employmentYear = null;
        if (employmentMap is not null)
        {
            var count = employmentMap.Number("count", 0, 1_000_000_000, what: "a number of people");
            employmentYear = employmentMap.Integer("year", 1900, 2100, what: "a year");
            employmentMap.ReportUnknownKeys();
            employment = count is null ? null : (long)count.Value;
        }

        GrowthProjection? growth = null;
        if (growthMap is not null)
        {
            var percent = growthMap.Number("percent", -100, 1000, what: "a percentage");
            var year = growthMap.Integer("by", 2000, 2100, what: "a year");
            var from = growthMap.Integer("from", 1900, 2100, required: false, what: "a year");
            var all = growthMap.Number("all_occupations", -100, 1000, required: false, what: "a percentage");
            growthMap.ReportUnknownKeys();
            if (from >= year) growthMap.Error($"{growthMap.FieldPath("from")}: the projection starts in {from} but ends in {year}; 'from' must come before 'by'");
            else if (percent is not null && year is not null)
                growth = new GrowthProjection(percent.Value, year.Value) { FromYear = from, AllOccupationsPercent = all };
        }
        return region is null || salary is null || growth is null || (hourlyMap is not null && hourly is null) || (employmentMap is not null && (employment is null || employmentYear is null))
            ? null
            : new MarketSection(region, salary, demand, growth)
            {
                Hourly = hourly, Employment = employment, EmploymentYear = employmentYear, Openings = (long?)openings, FiguresSource = figuresSource,
                Summary = summary,
            };
    }

    private static readonly string[] PercentileKeys = ["p10", "p25", "median", "p75", "p90"];

    private static SalaryRange? ReadSalary(YamlMap salary, bool draft)
    {
        var currency = salary.Scalar("currency", required: true, "a currency code such as USD");
        var period = salary.Choice("period", PayPeriods);
        if (currency is not null && (currency.Value.Length != 3 || !currency.Value.All(char.IsAsciiLetterUpper)))
        {
            salary.Error(currency, $"{salary.FieldPath("currency")}: '{currency.Value}' is not a currency code; write three capital letters, e.g. USD");
            currency = null;
        }
        if (salary.Has("p10") || salary.Has("p25") || salary.Has("p75") || salary.Has("p90"))
            return ReadPercentiles(salary, currency?.Value, period);

        var low = salary.Number("low", 0, 100_000_000, what: "an amount");
        var median = salary.Number("median", 0, 100_000_000, what: "an amount");
        var high = salary.Number("high", 0, 100_000_000, what: "an amount");
        salary.ReportUnknownKeys();
        if (low > high)
            salary.Error(At(salary, "low"), $"{salary.FieldPath("low")}: low ({low}) is more than high ({high}); swap them");
        else if (median < low || median > high)
            salary.Error(At(salary, "median"), $"{salary.FieldPath("median")}: the median ({median}) is outside the range {low}–{high}; it must lie between low and high");
        else if (median == 0 && !draft)
            salary.Error(At(salary, "median"), $"{salary.FieldPath("median")}: 0 is the new-career placeholder; write the real median pay before publishing, or keep 'draft: true' while it is a draft");
        else if (currency is not null && period is not null && low is not null && median is not null && high is not null)
            return new SalaryRange(currency.Value, period.Value, low.Value, median.Value, high.Value);
        return null;
    }

    // A wage survey's percentiles: each an amount, "N or more" (the survey's cap) or "n/a"; the median is required.
    private static SalaryRange? ReadPercentiles(YamlMap salary, string? currency, PayPeriod? period)
    {
        var figures = new PayFigure?[PercentileKeys.Length];
        var ok = true;
        for (var i = 0; i < PercentileKeys.Length; i++)
        {
            var value = salary.Scalar(PercentileKeys[i], required: PercentileKeys[i] == "median", "an amount, 'N or more' or n/a");
            if (value is null) { ok &= PercentileKeys[i] != "median"; continue; }
            if (value.Value == "n/a")
            {
                if (PercentileKeys[i] == "median")
                {
                    salary.Error(value, $"{salary.FieldPath("median")}: the median is needed; when the survey gives none, leave the pay out of the guide");
                    ok = false;
                }
                continue;
            }
            var text = value.Value;
            var orMore = text.EndsWith(" or more", StringComparison.Ordinal);
            if (orMore) text = text[..^" or more".Length];
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            {
                salary.Error(value, $"{salary.FieldPath(PercentileKeys[i])}: '{value.Value}' is not an amount; write digits (e.g. 93600), 'N or more' for a capped estimate, or n/a");
                ok = false;
                continue;
            }
            figures[i] = new PayFigure(amount, orMore);
        }
        salary.ReportUnknownKeys();
        if (!ok || currency is null || period is null) return null;
        var known = figures.Select((f, i) => (f, i)).Where(x => x.f is not null).Select(x => (Figure: x.f!.Value, Key: PercentileKeys[x.i])).ToList();
        for (var i = 1; i < known.Count; i++)
        {
            if (known[i].Figure.Amount < known[i - 1].Figure.Amount)
            {
                salary.Error(At(salary, known[i].Key), $"{salary.FieldPath(known[i].Key)}: {known[i].Figure.Amount.ToString(CultureInfo.InvariantCulture)} is less than {known[i - 1].Key} ({known[i - 1].Figure.Amount.ToString(CultureInfo.InvariantCulture)}); percentiles rise from p10 to p90");
                return null;
            }
        }
        var percentiles = new PayPercentiles(figures[0], figures[1], figures[2], figures[3], figures[4]);
        // '!': the median was required above, and the list is ordered, so first and last exist.
        return new SalaryRange(currency, period.Value, known[0].Figure.Amount, figures[2]!.Value.Amount, known[^1].Figure.Amount) { Percentiles = percentiles };
    }

    // Where a field's value stands (the field was read as a number, so it is there; the map itself otherwise).
    private static YamlValue At(YamlMap map, string key) => map.Scalar(key, required: false, string.Empty) ?? new YamlValue(string.Empty, map.Line, map.Column);

    private protected override string DataText(MarketSection m) => m.Demand is { } demand ? $"{m.Region}. Demand {Display.Demand(demand)}." : $"{m.Region}.";

    private protected override string Description(Model.CareerGuide guide, MarketSection m)
    {
        if (m.Summary is { Length: > 0 } summary) return summary;
        var s = m.Salary;
        return $"{guide.Title} pay in the {m.Region}: {Display.Range(s)} {Display.Per(s.Period)}, median "
            + $"{Display.Money(s.Median, s.Currency, s.Period)}; "
            + (m.Demand is { } demand ? $"demand {Display.Demand(demand).ToLowerInvariant()}, " : string.Empty)
            + $"growth {Display.Growth(m.Growth.Percent)} by {m.Growth.ByYear}"
            + (m.Openings is { } openings ? $", about {Display.Count(openings)} openings a year." : ".");
    }
}
