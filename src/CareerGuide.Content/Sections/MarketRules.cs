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
        var region = map.Text("region");
        var salaryMap = map.Map("salary");
        var demand = map.Choice("demand", DemandLevels);
        var growthMap = map.Map("growth");
        map.ReportUnknownKeys();
        var salary = salaryMap is null ? null : ReadSalary(salaryMap, source.Draft);

        GrowthProjection? growth = null;
        if (growthMap is not null)
        {
            var percent = growthMap.Number("percent", -100, 1000, what: "a percentage");
            var year = growthMap.Integer("by", 2000, 2100, what: "a year");
            growthMap.ReportUnknownKeys();
            if (percent is not null && year is not null) growth = new GrowthProjection(percent.Value, year.Value);
        }
        return region is null || salary is null || demand is null || growth is null
            ? null
            : new MarketSection(region, salary, demand.Value, growth);
    }

    private static SalaryRange? ReadSalary(YamlMap salary, bool draft)
    {
        var currency = salary.Scalar("currency", required: true, "a currency code such as USD");
        var period = salary.Choice("period", PayPeriods);
        var low = salary.Number("low", 0, 100_000_000, what: "an amount");
        var median = salary.Number("median", 0, 100_000_000, what: "an amount");
        var high = salary.Number("high", 0, 100_000_000, what: "an amount");
        salary.ReportUnknownKeys();
        if (currency is not null && (currency.Value.Length != 3 || !currency.Value.All(char.IsAsciiLetterUpper)))
        {
            salary.Error(currency, $"{salary.FieldPath("currency")}: '{currency.Value}' is not a currency code; write three capital letters, e.g. USD");
            currency = null;
        }
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

    // Where a field's value stands (the field was read as a number, so it is there; the map itself otherwise).
    private static YamlValue At(YamlMap map, string key) => map.Scalar(key, required: false, string.Empty) ?? new YamlValue(string.Empty, map.Line, map.Column);

    private protected override string DataText(MarketSection m) => $"{m.Region}. Demand {Display.Demand(m.Demand)}.";

    private protected override string Description(Model.CareerGuide guide, MarketSection m)
    {
        var s = m.Salary;
        return $"{guide.Title} pay in the {m.Region}: {Display.Money(s.Low, s.Currency, s.Period)}–"
            + $"{Display.Money(s.High, s.Currency, s.Period)} {Display.Per(s.Period)}, median "
            + $"{Display.Money(s.Median, s.Currency, s.Period)}; demand {Display.Demand(m.Demand).ToLowerInvariant()}, "
            + $"growth {Display.Growth(m.Growth.Percent)} by {m.Growth.ByYear}.";
    }
}
