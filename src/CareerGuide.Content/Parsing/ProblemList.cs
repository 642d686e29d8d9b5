using CareerGuide.Content.Model;

namespace CareerGuide.Content.Parsing;

/// <summary>Collects the problems of one file, each with its position in that file.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<ContentProblem> problems = [];

    public string File { get; } = file;

    /// <summary>Every problem in file order, as an editor reads the file.</summary>
    public IReadOnlyList<ContentProblem> All => [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    public bool HasErrors => problems.Exists(p => p.IsError);

    /// <summary>Site-relative links the file makes, checked against the other files once all are read.</summary>
    public List<SiteLink> Links { get; } = [];

    public void Error(int line, int column, string message) =>
        problems.Add(new ContentProblem(File, line, column, ProblemSeverity.Error, message));

    public void Warning(int line, int column, string message) =>
        problems.Add(new ContentProblem(File, line, column, ProblemSeverity.Warning, message));
}
