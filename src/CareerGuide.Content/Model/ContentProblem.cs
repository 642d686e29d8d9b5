using System.Globalization;

namespace CareerGuide.Content.Model;

/// <summary>How serious a content problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The content is served, but something should be fixed.</summary>
    Warning,
    /// <summary>The file cannot be served.</summary>
    Error,
}

/// <summary>One problem found in a content file, with the position an editor needs to find it.</summary>
/// <param name="File">The path of the file, relative to the content root where possible.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and how to fix it, naming the field.</param>
public sealed record ContentProblem(string File, int Line, int Column, ProblemSeverity Severity, string Message)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>The compiler-style form <c>path:line:column: error: message</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}");
}
