using CareerGuide.Content.Parsing;
using CareerGuide.Import;
using CareerGuide.Import.Writing;

namespace CareerGuide.Web.Commands;

/// <summary>
/// <c>import --onet DIR --projections DIR --wages FILE --work-values FILE --knowledge FILE --programs FILE [content-folder] [--date yyyy-mm-dd]</c>: reads the
/// publishers' files, composes one guide per occupation and writes them into <c>careers/</c>, all or nothing.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "import --onet DIR --projections DIR --wages FILE --work-values FILE --knowledge FILE --programs FILE [content-folder] [--date yyyy-mm-dd]";

    public static int Run(string[] args, string folder, TextWriter output, TextWriter error, DateOnly today, Func<string, string> resolve)
    {
        string? onet = null, projections = null, wages = null, workValues = null, knowledge = null, programs = null, date = null, target = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--onet" when value is not null: onet = value; i++; break;
                case "--projections" when value is not null: projections = value; i++; break;
                case "--wages" when value is not null: wages = value; i++; break;
                case "--work-values" when value is not null: workValues = value; i++; break;
                case "--knowledge" when value is not null: knowledge = value; i++; break;
                case "--programs" when value is not null: programs = value; i++; break;
                case "--date" when value is not null: date = value; i++; break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && target is null: target = a; break;
                default:
                    error.WriteLine($"error: '{args[i]}' is not understood here");
                    error.WriteLine("usage: " + Usage);
                    return 2;
            }
        }
        if (onet is null || projections is null || wages is null || workValues is null || knowledge is null || programs is null)
        {
            error.WriteLine("error: the import needs all six sources: --onet (the O*NET text folder), --projections (the Employment Projections workbooks' folder), --wages (the OEWS national workbook), --work-values (O*NET's Work Values workbook), --knowledge (O*NET 29.0's Knowledge workbook) and --programs (the CIP 2020 to SOC 2018 crosswalk)");
            error.WriteLine("usage: " + Usage);
            return 2;
        }
        var importDate = today;
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out importDate))
        {
            error.WriteLine($"error: --date '{date}' is not a date; write it as yyyy-mm-dd");
            return 2;
        }
        var content = target ?? folder;

        OccupationSet set;
        try
        {
            set = OccupationImport.Read(new ImportSources(resolve(onet), resolve(projections), resolve(wages), resolve(workValues), resolve(knowledge), resolve(programs)), step => output.WriteLine($"... {step}"));
        }
        catch (ImportException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine("Nothing was written.");
            return 1;
        }
        output.WriteLine($"... Composing {set.Occupations.Count} guides into {content.Replace('\\', '/')}/careers");
        var plan = ContentImport.Plan(set, resolve(content), importDate);

        // Every file the import would write must load without an error, or none is written.
        var problems = plan.Written.Concat(plan.Updated)
            .SelectMany(f => CareerGuideParser.Parse(Path.GetFileName(f.Path), Path.GetFileNameWithoutExtension(f.Path), f.Text, new ParseContext(importDate)).Problems
                .Where(p => p.IsError).Select(p => (f.Path, Problem: p)))
            .ToList();
        if (problems.Count > 0)
        {
            foreach (var (path, problem) in problems.Take(20)) error.WriteLine($"{Relative(path)}:{problem.Line}:{problem.Column}: error: {problem.Message}");
            error.WriteLine($"error: {problems.Count} problems in the composed guides; nothing was written");
            return 1;
        }
        try
        {
            ContentImport.Apply(plan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: writing the guides failed ({e.Message}); nothing was changed");
            return 1;
        }

        output.WriteLine($"Imported O*NET {set.Releases.OnetVersion} ({set.Releases.OnetMonth}), Employment Projections {Releases.Projections}, OEWS {set.Releases.WagesPeriod}:");
        output.WriteLine($"  {plan.Written.Count} written, {plan.Updated.Count} updated, {plan.Unchanged.Count} unchanged, {plan.Skipped.Count} skipped, {plan.Kept.Count} kept as they were");
        foreach (var (path, _) in plan.Written.Take(5)) output.WriteLine($"  written: {Relative(path)}");
        if (plan.Written.Count > 5) output.WriteLine($"  ... and {plan.Written.Count - 5} more written");
        foreach (var (path, _) in plan.Updated) output.WriteLine($"  updated: {Relative(path)}");
        foreach (var (what, reason) in plan.Skipped) output.WriteLine($"  skipped: {what}: {reason}");
        foreach (var (path, reason) in plan.Kept) output.WriteLine($"  kept: {Relative(path)}: {reason}");
        return 0;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(EditorCommands.StartDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
