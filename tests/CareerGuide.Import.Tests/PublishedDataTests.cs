namespace CareerGuide.Import.Tests;

/// <summary>The whole releases, read as published, checked against figures looked up in them by hand.</summary>
public sealed class PublishedDataTests
{
    private static readonly Lazy<OccupationSet> Set = new(() => OccupationImport.Read(PublishedData.Sources(PublishedData.Folder ?? string.Empty)));

    private static Occupation Get(string soc) => Assert.Single(Set.Value.Occupations, o => o.Soc == soc);

    [PublishedDataFact]
    public void About_eight_hundred_occupations_have_projections_and_wages()
    {
        Assert.Equal(831, Set.Value.Occupations.Count);
        Assert.Equal(819, Set.Value.Occupations.Count(o => o.Onet is not null));
        Assert.Equal([("45-3031", "no wages in OEWS May 2024")], Set.Value.Skipped.Select(s => (s.Soc, s.Reason)));
        Assert.All(Set.Value.Occupations, o => Assert.Equal(17, o.Skills.Count));
    }

    [PublishedDataFact]
    public void Registered_nurses()
    {
        var nurses = Get("29-1141");
        Assert.Equal((66030m, 93600m, 135320m), (nurses.Wages.Annual.P10.Amount, nurses.Wages.Annual.Median.Amount, nurses.Wages.Annual.P90.Amount));
        Assert.Equal((4.9m, 189.1m), (nurses.Projection.PercentChange, nurses.Projection.AnnualOpenings));
        Assert.Contains("RN", nurses.Onet!.AlternateTitles);
    }

    [PublishedDataFact]
    public void Electricians()
    {
        var electricians = Get("47-2111");
        Assert.Equal(62350m, electricians.Wages.Annual.Median.Amount);
        Assert.Equal((9.5m, "Apprenticeship"), (electricians.Projection.PercentChange, electricians.Projection.Training));
    }

    [PublishedDataFact]
    public void Software_developers()
    {
        var developers = Get("15-1252");
        Assert.Equal((79850m, 133080m, 211450m), (developers.Wages.Annual.P10.Amount, developers.Wages.Annual.Median.Amount, developers.Wages.Annual.P90.Amount));
        Assert.Equal(15.8m, developers.Projection.PercentChange);
    }

    [PublishedDataFact]
    public void Top_coded_and_hourly_only_occupations()
    {
        Assert.Equal(new Wage(239200m, true), Get("11-1011").Wages.Annual.P90);
        Assert.True(Get("27-2011").Wages.HourlyOnly);
        Assert.True(Get("27-2011").Wages.Annual.IsEmpty);
    }
}
