namespace CareerGuide.Content.Model;

/// <summary>One of BLS's categories of typical education needed for entry, lowest first.</summary>
/// <param name="Key">Its URL key, e.g. <c>associate</c>.</param>
/// <param name="Category">BLS's words, e.g. <c>Associate's degree</c>.</param>
/// <param name="Label">How a student reads it, e.g. <c>a two-year degree (associate's)</c>.</param>
public sealed record EducationLevel(string Key, string Category, string Label)
{
    /// <summary>The eight categories, from no formal credential to a doctoral or professional degree.</summary>
    public static readonly IReadOnlyList<EducationLevel> All =
    [
        new("none", "No formal educational credential", "no formal credential"),
        new("high-school", "High school diploma or equivalent", "a high school diploma"),
        new("some-college", "Some college, no degree", "some college, no degree"),
        new("certificate", "Postsecondary nondegree award", "a certificate (postsecondary nondegree award)"),
        new("associate", "Associate's degree", "a two-year degree (associate's)"),
        new("bachelor", "Bachelor's degree", "a four-year degree (bachelor's)"),
        new("master", "Master's degree", "a master's degree"),
        new("doctoral", "Doctoral or professional degree", "a doctoral or professional degree"),
    ];

    /// <summary>The level of a BLS category, or null for text that is not one.</summary>
    public static EducationLevel? OfCategory(string? category) => All.FirstOrDefault(l => l.Category == category);

    /// <summary>The level with a URL key, or null.</summary>
    public static EducationLevel? OfKey(string? key) => All.FirstOrDefault(l => l.Key == key);

    /// <summary>Where the level stands, 0 for the lowest.</summary>
    public int Rank => All.ToList().IndexOf(this);
}
