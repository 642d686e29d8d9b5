namespace CareerGuide.Content.Parsing;

/// <summary>
/// Finds the <c>TODO</c> markers that the scaffolding command writes, so an editor sees every field
/// still to fill in. They are warnings: a draft full of them still loads.
/// </summary>
internal static class Placeholders
{
    public const string Marker = "TODO";

    public static void Report(string text, ProblemList problems)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.TrimStart().StartsWith('#') && !line.TrimStart().StartsWith("##", StringComparison.Ordinal);
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0 && !comment)
                problems.Warning(i + 1, at + 1, "placeholder 'TODO' still here; replace it with real content before publishing");
        }
    }
}
