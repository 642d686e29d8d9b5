using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Pages;

/// <summary>
/// <c>/interests</c>: the interest self-check. Its answers travel in the query string, so a result is a link a
/// counselor can open; the server keeps nothing (never stored: see CachingExtensions.NeverStored and the pages policy; <c>Cache-Control: no-store</c> on a result).
/// </summary>
public sealed class InterestsModel(ContentStore store) : SitePageModel
{
    /// <summary>The ticked statements' ids.</summary>
    public IReadOnlySet<string> Ticked { get; private set; } = new HashSet<string>();

    /// <summary>True once the form has been sent.</summary>
    public bool Answered { get; private set; }

    /// <summary>The student's count per area.</summary>
    public IReadOnlyDictionary<InterestArea, int> Tally { get; private set; } = new Dictionary<InterestArea, int>();

    /// <summary>The student's strongest areas.</summary>
    public IReadOnlyList<InterestArea> Top { get; private set; } = [];

    /// <summary>The education limit chosen, if any.</summary>
    public EducationLevel? AtMost { get; private set; }

    /// <summary>The careers that fit, best first.</summary>
    public IReadOnlyList<InterestMatch> Matches { get; private set; } = [];

    /// <summary>Scores the answers in the query string, if any.</summary>
    public void OnGet()
    {
        var answers = Request.Query["s"].OfType<string>().Where(a => InterestCheck.Statements.Any(s => s.Id == a)).ToList();
        Ticked = answers.ToHashSet(StringComparer.Ordinal);
        Answered = Request.Query.ContainsKey("answered");
        AtMost = EducationLevel.OfKey(Request.Query["edu"].FirstOrDefault());
        Tally = InterestCheck.Tally(answers);
        Top = InterestCheck.TopAreas(Tally);
        if (Answered) Matches = InterestCheck.Match(Tally, store.Current, AtMost);
        Meta = new PageMeta
        {
            Title = "What are you interested in?",
            Description = "Tick what sounds like you: thirty statements, six interest areas, and the careers whose work matches them. Nothing is stored; the result is a link you can share.",
            Path = Links.Interests,
            NoIndex = Request.QueryString.HasValue,
            Breadcrumbs = [new Crumb("Interest check", Links.Interests)],
        };
    }
}
