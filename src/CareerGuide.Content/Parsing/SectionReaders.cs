using System.Globalization;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Parsing;

/// <summary>Reads each structured section kind from its front-matter field and checks its values.</summary>
internal static class SectionReaders
{
    private static readonly Dictionary<string, WorkMode> WorkModes = new()
    {
        ["on-site"] = WorkMode.OnSite, ["hybrid"] = WorkMode.Hybrid, ["remote"] = WorkMode.Remote,
    };

    private static readonly Dictionary<string, CostTier> CostTiers = new()
    {
        ["1"] = CostTier.Low, ["2"] = CostTier.Medium, ["3"] = CostTier.High,
    };

    private static readonly Dictionary<string, DemandLevel> DemandLevels = new()
    {
        ["low"] = DemandLevel.Low, ["moderate"] = DemandLevel.Moderate, ["high"] = DemandLevel.High, ["very-high"] = DemandLevel.VeryHigh,
    };

    private static readonly Dictionary<string, PayPeriod> PayPeriods = new()
    {
        ["year"] = PayPeriod.Year, ["hour"] = PayPeriod.Hour,
    };

    public static SnapshotSection? Snapshot(YamlMap map)
    {
        var summary = map.Text("summary");
        var titles = map.TextList("titles");
        var industries = map.TextList("industries");
        var hours = map.Map("hours");
        var topSkills = map.TextList("top_skills");
        WorkHours? workHours = null;
        if (hours is not null)
        {
            var min = hours.Integer("min", 1, 168, what: "hours per week");
            var max = hours.Integer("max", 1, 168, what: "hours per week");
            var mode = hours.Choice("mode", WorkModes);
            hours.ReportUnknownKeys();
            if (min > max) hours.Error($"{hours.Path}: min ({min}) is more than max ({max}); write the smaller number as min");
            else if (min is { } lo && max is { } hi && mode is { } m) workHours = new WorkHours(lo, hi, m);
        }
        map.ReportUnknownKeys();
        return summary is null || titles is null || industries is null || workHours is null || topSkills is null
            ? null
            : new SnapshotSection(summary, titles, industries, workHours, topSkills);
    }

    public static DaySection? Day(IReadOnlyList<YamlMap> items)
    {
        var entries = new List<DayEntry>();
        var ok = true;
        foreach (var item in items)
        {
            var at = item.Scalar("time", required: true, "a time of day such as 09:30 or 14:00");
            var activity = item.Text("activity");
            item.ReportUnknownKeys();
            if (at is null || activity is null) { ok = false; continue; }
            if (!TimeOnly.TryParseExact(at.Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                item.Error(at, $"{item.FieldPath("time")}: '{at.Value}' is not a time of day; write it on a 24-hour clock, e.g. 09:30 or 14:00");
                ok = false;
                continue;
            }
            if (entries.Count > 0 && time <= entries[^1].Time)
            {
                item.Error(at, $"{item.FieldPath("time")}: {at.Value} is not after the entry before it ({entries[^1].Time:HH:mm}); list the day in time order on a 24-hour clock");
                ok = false;
            }
            entries.Add(new DayEntry(time, activity));
        }
        return ok ? new DaySection(entries) : null;
    }

    public static PathwaySection? Pathway(IReadOnlyList<YamlMap> items)
    {
        var stages = new List<PathwayStage>();
        foreach (var item in items)
        {
            var stage = item.Text("stage");
            var timing = item.Text("timing");
            item.ReportUnknownKeys();
            if (stage is not null && timing is not null) stages.Add(new PathwayStage(stage, timing));
        }
        return stages.Count == items.Count ? new PathwaySection(stages) : null;
    }

    public static SkillsSection? Skills(IReadOnlyList<YamlMap> items)
    {
        var ratings = new List<SkillRating>();
        foreach (var item in items)
        {
            var skill = item.Text("skill");
            var rating = item.Integer("rating", 0, SkillRating.MaxRating, what: "a rating");
            item.ReportUnknownKeys();
            if (skill is not null && rating is not null) ratings.Add(new SkillRating(skill, rating.Value));
        }
        return ratings.Count == items.Count ? new SkillsSection(ratings) : null;
    }

    public static EducationSection? Education(IReadOnlyList<YamlMap> items)
    {
        var routes = new List<EducationRoute>();
        foreach (var item in items)
        {
            var route = item.Text("route");
            var share = item.Integer("share", 0, 100, what: "a percentage");
            var duration = item.Text("duration");
            var cost = item.Choice("cost", CostTiers);
            item.ReportUnknownKeys();
            if (route is not null && share is not null && duration is not null && cost is not null)
                routes.Add(new EducationRoute(route, share.Value, duration, cost.Value));
        }
        if (routes.Count != items.Count || routes.Count == 0) return null;
        var total = routes.Sum(r => r.SharePercent);
        if (total != 100)
        {
            items[0].Error($"education: the shares add up to {total}%, not 100%; adjust them so every student is counted once");
            return null;
        }
        return new EducationSection(routes);
    }

    public static MarketSection? Market(YamlMap map)
    {
        var region = map.Text("region");
        var salaryMap = map.Map("salary");
        var demand = map.Choice("demand", DemandLevels);
        var growthMap = map.Map("growth");
        map.ReportUnknownKeys();

        SalaryRange? salary = null;
        if (salaryMap is not null)
        {
            var currency = salaryMap.Scalar("currency", required: true, "a currency code such as USD");
            var period = salaryMap.Choice("period", PayPeriods);
            var low = salaryMap.Number("low", 0, 100_000_000, what: "an amount");
            var median = salaryMap.Number("median", 0, 100_000_000, what: "an amount");
            var high = salaryMap.Number("high", 0, 100_000_000, what: "an amount");
            salaryMap.ReportUnknownKeys();
            if (currency is not null && (currency.Value.Length != 3 || !currency.Value.All(char.IsAsciiLetterUpper)))
            {
                salaryMap.Error(currency, $"{salaryMap.FieldPath("currency")}: '{currency.Value}' is not a currency code; write three capital letters, e.g. USD");
                currency = null;
            }
            // low, median and high parsed as numbers above, so their scalars exist (hence the '!').
            if (low > high)
                salaryMap.Error(salaryMap.Scalar("low", false, "")!, $"{salaryMap.FieldPath("low")}: low ({low}) is more than high ({high}); swap them");
            else if (median < low || median > high)
                salaryMap.Error(salaryMap.Scalar("median", false, "")!, $"{salaryMap.FieldPath("median")}: the median ({median}) is outside the range {low}–{high}; it must lie between low and high");
            else if (currency is not null && period is not null && low is not null && median is not null && high is not null)
                salary = new SalaryRange(currency.Value, period.Value, low.Value, median.Value, high.Value);
        }

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

    public static FitSection? Fit(YamlMap map)
    {
        var statements = map.TextList("statements");
        var threshold = map.Integer("threshold", 1, Math.Max(1, statements?.Count ?? 1), what: "how many statements make a fit,");
        map.ReportUnknownKeys();
        return statements is null || threshold is null ? null : new FitSection(threshold.Value, statements);
    }

    public static TradeoffsSection? Tradeoffs(YamlMap map)
    {
        var pros = map.TextList("pros");
        var cons = map.TextList("cons");
        var myths = map.TextList("myths", required: false) ?? [];
        map.ReportUnknownKeys();
        return pros is null || cons is null ? null : new TradeoffsSection(pros, cons, myths);
    }

    public static HighSchoolSection? HighSchool(YamlMap map)
    {
        var actions = map.TextList("actions");
        map.ReportUnknownKeys();
        return actions is null ? null : new HighSchoolSection(actions);
    }

    public static SourcesSection? Sources(YamlMap map, DateOnly today)
    {
        var verifiedValue = map.Scalar("last_verified", required: false, "a date");
        var items = map.MapList("items");
        map.ReportUnknownKeys();

        DateOnly? verified = null;
        if (verifiedValue is null)
        {
            map.Warning(new YamlValue(string.Empty, map.Line, map.Column),
                "sources.last_verified is missing: the page will say these sources have not been verified; add the date you last checked them (yyyy-mm-dd)");
        }
        else if (!DateOnly.TryParseExact(verifiedValue.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            map.Error(verifiedValue, $"sources.last_verified: '{verifiedValue.Value}' is not a date; write it as yyyy-mm-dd");
            return null;
        }
        else if (date > today)
        {
            map.Error(verifiedValue, $"sources.last_verified: {verifiedValue.Value} is in the future; write the date the sources were actually checked");
            return null;
        }
        else verified = date;

        if (items is null) return null;
        var sources = new List<Source>();
        foreach (var item in items)
        {
            var publisher = item.Text("publisher");
            var title = item.Text("title");
            var kind = item.Text("kind");
            var url = item.Scalar("url", required: false, "an http(s) address");
            item.ReportUnknownKeys();
            Uri? uri = null;
            if (url is not null && (!Uri.TryCreate(url.Value, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            {
                item.Error(url, $"{item.FieldPath("url")}: '{url.Value}' is not a web address; write a full https:// address or leave the field out");
                continue;
            }
            if (publisher is not null && title is not null && kind is not null) sources.Add(new Source(publisher, title, kind, uri));
        }
        return sources.Count == items.Count ? new SourcesSection(sources, verified) : null;
    }

    public static TranscriptSection? Transcript(YamlMap map)
    {
        var audio = map.Scalar("audio", required: false, "a site-relative path such as /audio/guide.mp3");
        var lines = map.MapList("lines");
        map.ReportUnknownKeys();
        if (audio is not null && !UrlRules.IsSiteRelative(audio.Value))
        {
            map.Error(audio, $"transcript.audio: '{audio.Value}' must be a site-relative path such as /audio/guide.mp3");
            return null;
        }
        if (lines is null) return null;
        var result = new List<TranscriptLine>();
        var ok = true;
        foreach (var item in lines)
        {
            var at = item.Scalar("at", required: true, "a timestamp such as 01:30");
            var text = item.Text("text");
            item.ReportUnknownKeys();
            if (at is null || text is null) { ok = false; continue; }
            if (!TimeSpan.TryParseExact(at.Value, [@"mm\:ss", @"m\:ss", @"h\:mm\:ss"], CultureInfo.InvariantCulture, out var offset))
            {
                item.Error(at, $"{item.FieldPath("at")}: '{at.Value}' is not a timestamp; write minutes and seconds as mm:ss, e.g. 01:30");
                ok = false;
                continue;
            }
            if (result.Count > 0 && offset <= result[^1].At)
            {
                item.Error(at, $"{item.FieldPath("at")}: {at.Value} is not after the line before it; list the transcript in time order");
                ok = false;
            }
            result.Add(new TranscriptLine(offset, text));
        }
        return ok ? new TranscriptSection(result, audio?.Value) : null;
    }
}
