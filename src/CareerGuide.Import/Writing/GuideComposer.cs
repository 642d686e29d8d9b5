using System.Globalization;
using System.Text;
using CareerGuide.Content.Model;

namespace CareerGuide.Import.Writing;

/// <summary>One occupation's guide as the import writes it: the fields it owns, in file order.</summary>
/// <param name="Soc">The SOC code, which finds the guide's file again on the next import.</param>
/// <param name="Slug">The slug for a new file.</param>
/// <param name="Title">The display title for a new file (an editor may change it later).</param>
/// <param name="Fields">Each owned top-level field and its YAML (the key line and its indented lines).</param>
public sealed record ComposedGuide(string Soc, string Slug, string Title, IReadOnlyList<(string Key, string Yaml)> Fields);

/// <summary>
/// Turns an occupation's figures into guide fields. Every figure carries over exactly; every sentence is ours,
/// composed from the figures (no publisher's description or task statement is read or written).
/// </summary>
public static class GuideComposer
{
    /// <summary>The top-level fields the import owns and rewrites; everything else in a file is the editor's.</summary>
    public static readonly IReadOnlyList<string> OwnedFields = ["snapshot", "pathway", "skills", "education", "market", "fit", "college", "sources"];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The reported titles shown on the page, at most.</summary>
    public const int MaxTitles = 10;

    /// <summary>Composes the guide for one occupation.</summary>
    public static ComposedGuide Compose(Occupation o, OccupationSet set, DateOnly imported)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(set);
        var title = Titles.Singular(o.Title);
        var releases = set.Releases;
        var fields = new List<(string, string)>
        {
            ("snapshot", Snapshot(o, title, releases)),
            ("pathway", Pathway(o, releases)),
        };
        if (o.Skills.Count > 0 || o.Onet is { Knowledge.Count: > 0 } or { Technology.Count: > 0 }) fields.Add(("skills", Skills(o, releases)));
        fields.Add(("education", Education(o)));
        fields.Add(("market", Market(o, set)));
        if (o.Onet is { Interests.Count: 6 } onet) fields.Add(("fit", Fit(onet, releases)));
        fields.Add(("college", College(o)));
        fields.Add(("sources", Sources(o, releases, imported)));
        return new ComposedGuide(o.Soc, Slug.FromName(title), title, fields);
    }

    private static string Snapshot(Occupation o, string title, Releases releases)
    {
        // No summary: what the work is, in words, is the editors' (ContentImport.EditorKeys).
        var y = new Yaml("snapshot");
        var titles = (o.Onet?.ReportedTitles ?? []).Take(MaxTitles).ToList();
        if (titles.Count == 0) titles = [title];
        y.List("titles", titles);
        // Table 6.2 names three skills for most occupations; Table 6.5's highest ranks stand in where it does not.
        var top = o.TopSkills.Count > 0 ? o.TopSkills : [.. o.Skills.OrderByDescending(s => s.Percentile).Take(3).Select(s => s.Skill)];
        y.List("top_skills", top.Count > 0 ? top : [title]);
        if (o.MajorGroup.Length > 0) y.Line("group", o.MajorGroup);
        y.Line("soc", o.Soc);
        if (o.Onet is { } onet)
        {
            y.Line("onet_soc", onet.Code);
            var shown = new HashSet<string>(titles.Append(title), StringComparer.OrdinalIgnoreCase);
            var alternate = onet.AlternateTitles.Where(t => !shown.Contains(t)).ToList();
            if (alternate.Count > 0) y.List("search_titles", alternate);
            if (onet.Related.Count > 0) y.List("related", onet.Related);
        }
        y.Line("source", o.Onet is null
            ? $"BLS Employment Projections {Releases.Projections} (top skills); BLS OEWS {releases.WagesPeriod} (title)"
            : $"O*NET {releases.OnetVersion} (titles, codes, related occupations); BLS Employment Projections {Releases.Projections} (top skills)");
        return y.ToString();
    }

    // Market's lead: the figures in a few sentences, in our words.
    private static string Summary(Occupation o)
    {
        var p = o.Projection;
        var name = Titles.InSentence(o.ProjectionsTitle.Length > 0 ? o.ProjectionsTitle : o.Title);
        var people = Count(p.Employment2024 * 1000);
        // An "all other" occupation's title is a description in itself ("..., all other" being "not listed
        // separately" elsewhere): the sentence says what the guide covers without repeating it.
        var text = new StringBuilder(name.EndsWith(", all other", StringComparison.OrdinalIgnoreCase)
            ? $"About {people} people in the United States in {Releases.ProjectionsFrom} did work that BLS counts in this catch-all group, the jobs of the field that have no occupation of their own."
            : $"In {Releases.ProjectionsFrom}, about {people} people in the United States worked as {name}.");
        var median = o.Wages.Annual.Median is { Amount: { } annual } a && !o.Wages.HourlyOnly
            ? $"${Count(annual)}{(a.TopCoded ? " or more" : string.Empty)} a year"
            : o.Wages.Hourly.Median is { Amount: { } hourly } h ? $"${hourly.ToString("0.00", Invariant)}{(h.TopCoded ? " or more" : string.Empty)} an hour" : null;
        if (median is not null) text.Append($" Their median pay was {median}.");
        var change = p.PercentChange;
        text.Append(change switch
        {
            > 0 => $" Employment is projected to grow {Number(change)}% from {Releases.ProjectionsFrom} to {Releases.ProjectionsTo},",
            < 0 => $" Employment is projected to fall {Number(-change)}% from {Releases.ProjectionsFrom} to {Releases.ProjectionsTo},",
            _ => $" Employment is projected to stay about the same from {Releases.ProjectionsFrom} to {Releases.ProjectionsTo},",
        });
        text.Append($" with about {Count(p.AnnualOpenings * 1000)} openings a year.");
        return text.ToString();
    }


    private static string Pathway(Occupation o, Releases releases)
    {
        var y = new Yaml("pathway");
        y.Line("entry_education", o.Projection.EntryEducation);
        y.Line("experience", o.Projection.WorkExperience);
        y.Line("training", o.Projection.Training);
        if (o.Onet?.JobZone is { } zone) y.Line("job_zone", zone);
        y.Line("source", $"BLS Employment Projections {Releases.Projections} (Table 1.2)" + (o.Onet?.JobZone is null ? string.Empty : $"; O*NET {releases.OnetVersion} (Job Zone)"));
        return y.ToString();
    }

    /// <summary>Knowledge areas shown: those rated at least this important (of 5), highest first.</summary>
    public const decimal MinKnowledgeImportance = 3;

    /// <summary>Knowledge areas shown, at most.</summary>
    public const int MaxKnowledge = 6;

    /// <summary>Technology examples shown, at most; the page gives the count of the rest.</summary>
    public const int MaxTechnology = 12;

    private static string Skills(Occupation o, Releases releases)
    {
        var y = new Yaml("skills");
        if (o.Skills.Count > 0)
        {
            y.Line("scale", "percentile");
            y.Key("ratings");
            // Highest first, so the page reads as "what this work calls for most"; ties keep the table's order.
            foreach (var skill in o.Skills.Select((s, i) => (s, i)).OrderByDescending(x => x.s.Percentile).ThenBy(x => x.i).Select(x => x.s))
            {
                y.Item("skill", skill.Skill);
                y.Field("rating", skill.Percentile);
            }
            y.Line("source", $"BLS Employment Projections {Releases.Projections} (Table 6.5)");
        }
        var knowledge = Knowledge(o.Onet);
        if (knowledge.Count > 0)
        {
            y.Key("knowledge");
            y.Key("areas", indent: 4);
            foreach (var area in knowledge)
            {
                y.Item("area", area.Area, indent: 6);
                y.Field("importance", area.Importance, indent: 8);
            }
            y.Line("source", $"O*NET {releases.KnowledgeVersion} (Knowledge, importance)", indent: 4);
        }
        var technology = Technology(o.Onet);
        if (technology.Count > 0)
        {
            y.Key("technology");
            y.Key("examples", indent: 4);
            foreach (var example in technology)
            {
                y.Item("name", example.Name, indent: 6);
                y.Field("group", example.Group, indent: 8);
                if (example.Hot) y.Field("hot", "true", indent: 8, raw: true);
                if (example.InDemand) y.Field("in_demand", "true", indent: 8, raw: true);
            }
            y.Line("count", Named(o.Onet).Count(), indent: 4);
            y.Line("source", $"O*NET {releases.OnetVersion} (Technology Skills)", indent: 4);
        }
        return y.ToString();
    }

    // An example that only repeats its kind ("Spreadsheet software" under Spreadsheet software) tells a student nothing.
    private static IEnumerable<TechnologyExample> Named(OnetProfile? onet) =>
        (onet?.Technology ?? []).Where(t => !t.Name.Equals(t.Group, StringComparison.OrdinalIgnoreCase));

    /// <summary>The knowledge areas the work uses most: importance 3 of 5 or more, highest first (ties in O*NET's order), six at most.</summary>
    public static IReadOnlyList<KnowledgeImportance> Knowledge(OnetProfile? onet) =>
        [.. (onet?.Knowledge ?? []).Where(k => k.Importance >= MinKnowledgeImportance)
            .Select((k, i) => (k, i)).OrderByDescending(x => x.k.Importance).ThenBy(x => x.i).Select(x => x.k).Take(MaxKnowledge)];

    /// <summary>
    /// The technology shown: in-demand and hot examples first (in demand before hot), among equals those the most
    /// occupations list (what carries over from job to job), then the file's order; a dozen at most, gathered under
    /// their commodity titles in the order the titles first appear.
    /// </summary>
    public static IReadOnlyList<TechnologyExample> Technology(OnetProfile? onet)
    {
        var chosen = Named(onet).Select((t, i) => (t, i))
            .OrderByDescending(x => (x.t.InDemand ? 2 : 0) + (x.t.Hot ? 1 : 0)).ThenByDescending(x => x.t.UsedBy).ThenBy(x => x.i)
            .Select(x => x.t).Take(MaxTechnology).ToList();
        return [.. chosen.GroupBy(t => t.Group, StringComparer.Ordinal).SelectMany(g => g)];
    }

    private static string Education(Occupation o)
    {
        var y = new Yaml("education");
        y.Line("entry", o.Projection.EntryEducation);
        if (o.Attainment.Count > 0)
        {
            y.Key("attainment");
            foreach (var share in o.Attainment)
            {
                y.Item("level", share.Level);
                y.Field("percent", share.Percent);
            }
        }
        y.Line("source", $"BLS Employment Projections {Releases.Projections} (Tables 1.2{(o.Attainment.Count > 0 ? " and 5.3" : string.Empty)})");
        return y.ToString();
    }

    private static string Market(Occupation o, OccupationSet set)
    {
        var y = new Yaml("market");
        y.Folded("summary", Summary(o));
        y.Line("region", "United States");
        var w = o.Wages;
        var yearly = !w.HourlyOnly && w.Annual.Median.Amount is not null;
        if (yearly)
        {
            Pay(y, "salary", "year", w.Annual, places: 0);
            if (!w.AnnualOnly && w.Hourly.Median.Amount is not null) Pay(y, "hourly", "hour", w.Hourly, places: 2);
        }
        else Pay(y, "salary", "hour", w.Hourly, places: 2);
        y.Key("employment");
        y.Line("count", o.Projection.Employment2024 * 1000, indent: 4);
        y.Line("year", Releases.ProjectionsFrom, indent: 4);
        y.Line("openings", o.Projection.AnnualOpenings * 1000);
        y.Key("growth");
        y.Line("percent", o.Projection.PercentChange, indent: 4);
        y.Line("from", Releases.ProjectionsFrom, indent: 4);
        y.Line("by", Releases.ProjectionsTo, indent: 4);
        y.Line("all_occupations", set.AllOccupationsPercentChange, indent: 4);
        y.Line("source", $"BLS OEWS {set.Releases.WagesPeriod} (pay); BLS Employment Projections {Releases.Projections} (employment, growth, openings)");
        return y.ToString();
    }

    private static void Pay(Yaml y, string key, string period, WagePercentiles p, int places)
    {
        y.Key(key);
        y.Line("currency", "USD", indent: 4);
        y.Line("period", period, indent: 4);
        foreach (var (name, wage) in new[] { ("p10", p.P10), ("p25", p.P25), ("median", p.Median), ("p75", p.P75), ("p90", p.P90) })
        {
            var text = wage.Amount is { } amount
                ? amount.ToString(places == 0 ? "0" : "0.00", Invariant) + (wage.TopCoded ? " or more" : string.Empty)
                : "n/a";
            y.Line(name, text, indent: 4, raw: true);
        }
    }

    private static string Fit(OnetProfile onet, Releases releases)
    {
        var y = new Yaml("fit");
        y.Key("interests");
        foreach (var interest in onet.Interests)
            y.Line(interest.Area.ToLowerInvariant(), interest.Score, indent: 4);
        if (onet.WorkValues.Count > 0)
        {
            y.Key("values");
            foreach (var value in onet.WorkValues)
            {
                y.Item("value", value.Name.ToLowerInvariant().Replace(' ', '_'));
                y.Field("extent", value.Extent);
            }
        }
        y.Line("source", onet.WorkValues.Count > 0 ? $"O*NET {releases.OnetVersion} (Interests, Work Values)" : $"O*NET {releases.OnetVersion} (Interests)");
        return y.ToString();
    }

    /// <summary>Programs of study shown, at most; the page gives the count of the rest.</summary>
    public const int MaxPrograms = 6;

    /// <summary>The crosswalk, as each guide's College section credits it.</summary>
    public const string ProgramsSource = "NCES and BLS CIP 2020 to SOC 2018 crosswalk";

    private static string College(Occupation o)
    {
        var y = new Yaml("college");
        var shown = Programs(o);
        if (shown.Count > 0)
        {
            y.Key("programs");
            foreach (var program in shown)
            {
                y.Item("cip", program.Cip);
                y.Field("title", program.Title);
            }
        }
        y.Line("count", o.Programs.Count);
        y.Line("source", ProgramsSource);
        return y.ToString();
    }

    private static readonly HashSet<string> CommonTitleWords = new(StringComparer.Ordinal) { "and", "all", "other", "workers", "occupations", "except", "the", "for", "general" };

    /// <summary>
    /// The closest programs first: those whose titles share a word with the occupation's title (its first four
    /// letters: "Nursing" and "Nurses", "Accounting" and "Accountants"), then those that lead to the fewest
    /// occupations (a program for this work before a general one), then by CIP code; six at most.
    /// </summary>
    public static IReadOnlyList<StudyProgram> Programs(Occupation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var stems = Stems(o.Title);
        return [.. o.Programs
            .OrderBy(p => Stems(p.Title).Overlaps(stems) ? 0 : 1)
            .ThenBy(p => p.LeadsTo)
            .ThenBy(p => p.Cip, StringComparer.Ordinal)
            .Take(MaxPrograms)];
    }

    private static HashSet<string> Stems(string title) =>
        [.. title.ToLowerInvariant().Split([' ', ',', '/', '(', ')', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !CommonTitleWords.Contains(w)).Select(w => w[..4])];

    private static string Sources(Occupation o, Releases releases, DateOnly imported)
    {
        var y = new Yaml("sources");
        y.Line("imported", imported.ToString("yyyy-MM-dd", Invariant));
        y.Key("items");
        if (o.Onet is { } onet)
        {
            y.Item("publisher", "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)");
            y.Field("title", $"O*NET OnLine: {onet.Title} ({onet.Code})");
            y.Field("kind", "Government");
            y.Field("url", $"https://www.onetonline.org/link/summary/{onet.Code}");
            y.Field("release", $"O*NET {releases.OnetVersion} Database, {releases.OnetMonth}");
            y.Field("licence", "CC BY 4.0");
        }
        y.Item("publisher", "U.S. Bureau of Labor Statistics");
        y.Field("title", $"Employment Projections {Releases.Projections}: {o.ProjectionsTitle} ({o.Soc})");
        y.Field("kind", "Government");
        y.Field("url", "https://www.bls.gov/emp/tables.htm");
        y.Field("release", $"Employment Projections {Releases.Projections}, Tables 1.2, 5.3, 6.2 and 6.5");
        y.Field("licence", "Public domain");
        y.Item("publisher", "U.S. Bureau of Labor Statistics");
        y.Field("title", $"Occupational Employment and Wage Statistics: {o.Title} ({o.Soc})");
        y.Field("kind", "Government");
        y.Field("url", WagesAddress(releases.WagesPeriod, o.Soc));
        y.Field("release", $"OEWS {releases.WagesPeriod} national estimates");
        y.Field("licence", "Public domain");
        if (o.Programs.Count > 0)
        {
            y.Item("publisher", "National Center for Education Statistics (NCES) and U.S. Bureau of Labor Statistics");
            y.Field("title", $"CIP 2020 to SOC 2018 crosswalk: programs for {o.Soc}");
            y.Field("kind", "Government");
            y.Field("url", "https://nces.ed.gov/ipeds/cipcode/");
            y.Field("release", "CIP 2020 / SOC 2018 crosswalk, 2020");
            y.Field("licence", "Public domain");
        }
        return y.ToString();
    }

    // OEWS keeps each release's pages under /oes/{year}/{month}/, e.g. /oes/2024/may/oes291141.htm.
    private static string WagesAddress(string period, string soc)
    {
        var parts = period.Split(' ');
        var folder = parts.Length == 2 ? $"{parts[1]}/{parts[0].ToLowerInvariant()}" : "current";
        return $"https://www.bls.gov/oes/{folder}/oes{soc.Replace("-", string.Empty, StringComparison.Ordinal)}.htm";
    }

    private static string Number(decimal value) => YamlText.Number(value);

    private static string Count(decimal value) => value.ToString("#,0", Invariant);

    // A top-level field written line by line, two spaces per level.
    private sealed class Yaml(string key)
    {
        private readonly StringBuilder text = new($"{key}:\n");

        public void Line(string name, string value, int indent = 2, bool raw = false) =>
            text.Append(' ', indent).Append(name).Append(": ").Append(raw ? value : YamlText.Scalar(value)).Append('\n');

        public void Line(string name, decimal value, int indent = 2) => Line(name, YamlText.Number(value), indent, raw: true);

        public void Key(string name, int indent = 2) => text.Append(' ', indent).Append(name).Append(":\n");

        public void List(string name, IEnumerable<string> items)
        {
            Key(name);
            foreach (var item in items) text.Append("    - ").Append(YamlText.Scalar(item)).Append('\n');
        }

        public void Item(string name, string value, int indent = 4) => text.Append(' ', indent).Append("- ").Append(name).Append(": ").Append(YamlText.Scalar(value)).Append('\n');

        public void Field(string name, string value, int indent = 6, bool raw = false) => text.Append(' ', indent).Append(name).Append(": ").Append(raw ? value : YamlText.Scalar(value)).Append('\n');

        public void Field(string name, decimal value, int indent = 6) => text.Append(' ', indent).Append(name).Append(": ").Append(YamlText.Number(value)).Append('\n');

        public void Folded(string name, string value)
        {
            text.Append("  ").Append(name).Append(": >-\n");
            foreach (var line in Wrap(value, 100)) text.Append("    ").Append(line).Append('\n');
        }

        public override string ToString() => text.ToString();

        private static IEnumerable<string> Wrap(string value, int width)
        {
            var line = new StringBuilder();
            foreach (var word in value.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
            }
            if (line.Length > 0) yield return line.ToString();
        }
    }
}
