using CareerGuide.Content.Model;

namespace CareerGuide.Content.Parsing;

/// <summary>What parsing one file gave: the value when it has no errors, and every problem found.</summary>
/// <typeparam name="T">A guide or an article.</typeparam>
/// <param name="Value">The parsed value, or null when the file has errors.</param>
/// <param name="Problems">Errors and warnings, in file order.</param>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<ContentProblem> Problems) where T : class
{
    /// <summary>True when the file has no errors.</summary>
    public bool Succeeded => Value is not null;
}
