using System.Globalization;
using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>A student's answers to the Fit self-check (the statements ticked, by index), carried in the query string.</summary>
/// <param name="Checked">The indexes of the statements ticked.</param>
/// <param name="Answered">True when the form was submitted.</param>
public sealed record FitCheck(IReadOnlySet<int> Checked, bool Answered)
{
    /// <summary>No answers: the form as first shown.</summary>
    public static FitCheck None { get; } = new(new HashSet<int>(), Answered: false);

    /// <summary>Reads the answers, keeping only indexes of statements that <paramref name="fit"/> has.</summary>
    public static FitCheck From(IEnumerable<string>? ticked, bool answered, FitSection? fit) => new(
        (ticked ?? []).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => fit is not null && i >= 0 && i < fit.Statements.Count).ToHashSet(),
        answered);

    /// <summary>What the answers mean for this career: the threshold met or not.</summary>
    public string Verdict(FitSection fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return Checked.Count >= fit.Threshold
            ? $"That meets the threshold of {fit.Threshold}: this career is likely a good fit for you."
            : $"The threshold is {fit.Threshold}: this career may not suit you, though the other sections can help you decide.";
    }
}
