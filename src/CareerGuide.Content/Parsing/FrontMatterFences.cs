namespace CareerGuide.Content.Parsing;

/// <summary>
/// Finds a front matter that is opened with <c>---</c> and never closed. Markdig then sees no front matter
/// at all and reads the YAML as Markdown (a <c># comment</c> becomes a heading), so the file is checked for
/// this first and gets one message that says what to do.
/// </summary>
internal static class FrontMatterFences
{
    /// <summary>
    /// Reports a front matter that is never closed, before Markdown reads the file (which would turn the YAML
    /// into a cascade of misleading problems); true when it did, and the file should be read no further.
    /// </summary>
    public static bool ReportUnclosed(string text, ProblemList problems)
    {
        if (Unclosed(text) is not { } unclosed) return false;
        problems.Error(unclosed.Line, unclosed.Column, unclosed.Message);
        return true;
    }

    /// <summary>The problem with the fences, or null when the front matter is closed (or there is none to close).</summary>
    public static ContentProblemAt? Unclosed(string text)
    {
        // Most files open and close their front matter: find that without splitting the file into lines; the lines
        // are split only to say where the closing fence belongs.
        if (!OpensAndNeverCloses(text)) return null;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // Where the body most likely begins: the first section heading, else the end of the file.
        var body = lines.FindIndex(1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var where = body < 0 ? $"at the end of the file (after line {lines.Count})" : $"before line {body + 1}";
        return new ContentProblemAt(1, 1, $"the front matter opened at line 1 is never closed: add a line '---' {where}");
    }

    // Lines end at '\n'; a line's trailing white space (a '\r' included) does not count.
    private static bool OpensAndNeverCloses(string text)
    {
        var rest = text.AsSpan();
        var end = rest.IndexOf('\n');
        if (!(end < 0 ? rest : rest[..end]).TrimEnd().SequenceEqual("---")) return false;
        while (end >= 0)
        {
            rest = rest[(end + 1)..];
            end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("...")) return false;
        }
        return true;
    }
}

/// <summary>A message and where it belongs in a file.</summary>
internal sealed record ContentProblemAt(int Line, int Column, string Message);
