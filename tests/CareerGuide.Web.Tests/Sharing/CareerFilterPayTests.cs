using CareerGuide.Content.Sections;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Tests.Sharing;

/// <summary>Pay filters and sorting with careers paid by the hour, converted as BLS does: 2,080 hours a year.</summary>
public sealed class CareerFilterPayTests
{
    private static Content.Model.CareerGuide Paid(string title, PayPeriod period, decimal median) => new(title.ToLowerInvariant(), title,
        [new MarketSection("United States", new SalaryRange("USD", period, median / 2, median, median * 2), DemandLevel.Moderate, new GrowthProjection(1, 2034))]);

    private static readonly Content.Model.CareerGuide[] Guides =
    [
        Paid("Yearly", PayPeriod.Year, 60_000),
        Paid("Hourly", PayPeriod.Hour, 30), // 62,400 a year
        Paid("Low hourly", PayPeriod.Hour, 20), // 41,600 a year
    ];

    private static string[] Titles(string? salary, string sort = "name") =>
        [.. new CareerFacets(Guides).Apply(new CareerFilter(null, null, salary, null, sort)).Select(g => g.Title)];

    [Fact]
    public void A_career_paid_by_the_hour_takes_part_in_the_pay_bands_at_2080_hours_a_year()
    {
        Assert.Equal(["Hourly", "Yearly"], Titles("50k-100k"));
        Assert.Equal(["Low hourly"], Titles("under-50k"));
    }

    [Fact]
    public void Sorting_by_pay_ranks_hourly_and_yearly_pay_on_one_scale() =>
        Assert.Equal(["Hourly", "Yearly", "Low hourly"], Titles(null, "salary"));
}
