namespace CareerGuide.Content.Parsing;

/// <summary>
/// Finds the <c>TODO</c> markers that the scaffolding command writes, so an editor sees every field
/// still to fill in. In a draft they are warnings, so a draft full of them still loads; a published guide
/// (no <c>draft: true</c>) may not have one, so each is an error there.
/// </summary>
internal static class Placeholders
{
    public const string Marker = "TODO";

    public static void Report(string text, bool draft, ProblemList problems)
    {
        if (!text.Contains(Marker, StringComparison.Ordinal)) return;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.TrimStart().StartsWith('#') && !line.TrimStart().StartsWith("##", StringComparison.Ordinal);
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0 || comment) continue;
            if (draft) problems.Warning(i + 1, at + 1, "placeholder 'TODO' still here; replace it with real content before publishing");
            else problems.Error(i + 1, at + 1, "placeholder 'TODO' still here: a published guide may not have one; replace it with real content, or put back 'draft: true'");
        }
    }
}
