using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Loading;

/// <summary>
/// Checks that need every file: aliases that collide with another guide's slug or alias, and links to
/// careers, sections or articles that do not exist. A link counts as good when its target file exists,
/// even if that file has errors of its own, so one bad file never cascades into errors in others.
/// </summary>
internal sealed class CrossFileChecks
{
    private readonly Dictionary<string, string> careerOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Model.CareerGuide> parsedGuides = new(StringComparer.Ordinal);
    private readonly HashSet<string> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContentProblem>> extra = new(StringComparer.Ordinal);

    public CrossFileChecks(IReadOnlyList<LoadedFile<Model.CareerGuide>> guides, IReadOnlyList<LoadedFile<Article>> articleFiles)
    {
        foreach (var guide in guides.Where(g => Slug.IsValid(g.Slug)))
        {
            careerOwners[guide.Slug] = guide.Path;
            if (guide.Result.Value is { } value) parsedGuides[guide.Slug] = value;
        }
        foreach (var article in articleFiles) articles.Add(article.Slug);

        // Aliases in file order: the first file to claim an old slug keeps it.
        foreach (var guide in guides)
        {
            foreach (var alias in guide.Result.Aliases)
            {
                if (careerOwners.TryGetValue(alias.Url, out var owner))
                {
                    Add(guide.Path, alias, owner == guide.Path
                        ? $"aliases: '{alias.Url}' is listed twice"
                        : $"aliases: duplicate career slug '{alias.Url}': it is already used by {owner}; remove it from one of the two files");
                }
                else
                {
                    careerOwners[alias.Url] = guide.Path;
                    if (guide.Result.Value is { } value) parsedGuides[alias.Url] = value;
                }
            }
        }
        foreach (var guide in guides) CheckLinks(guide.Path, guide.Result.Links);
        foreach (var article in articleFiles) CheckLinks(article.Path, article.Result.Links);
    }

    /// <summary>The cross-file problems of one file.</summary>
    public IReadOnlyList<ContentProblem> For<T>(LoadedFile<T> file) where T : class =>
        extra.TryGetValue(file.Path, out var list) ? list : [];

    private void CheckLinks(string file, IReadOnlyList<SiteLink> links)
    {
        foreach (var link in links)
        {
            var target = Links.Parse(link.Url);
            if (target.Slug is not { } slug) continue;
            if (target.Kind == SitePathKind.Career)
            {
                if (!careerOwners.ContainsKey(slug))
                {
                    var hint = DidYouMean.Closest(slug, careerOwners.Keys);
                    Add(file, link, $"link '{link.Url}' goes nowhere: there is no career '{slug}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
                }
                else if (target.Section is { } section && !SectionExists(slug, section))
                {
                    Add(file, link, $"link '{link.Url}' goes nowhere: '{slug}' has no section '{section}'");
                }
                else if (parsedGuides.TryGetValue(slug, out var guide) && guide.Draft)
                {
                    Warn(file, link, $"link '{link.Url}' leads to a draft; it answers 404 on the public site until the draft is published");
                }
            }
            else if (target.Kind == SitePathKind.Article && !articles.Contains(slug))
            {
                var hint = DidYouMean.Closest(slug, articles);
                Add(file, link, $"link '{link.Url}' goes nowhere: there is no article '{slug}'" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
            }
        }
    }

    private bool SectionExists(string career, string section)
    {
        if (SectionCatalog.Find(section) is not { } info) return false;
        // When the target did not parse, its sections are unknown; the slug being a real kind is enough.
        return !parsedGuides.TryGetValue(career, out var guide) || guide.Section(info.Kind) is not null;
    }

    private void Add(string file, SiteLink at, string message) => Report(file, at, ProblemSeverity.Error, message);

    private void Warn(string file, SiteLink at, string message) => Report(file, at, ProblemSeverity.Warning, message);

    private void Report(string file, SiteLink at, ProblemSeverity severity, string message)
    {
        if (!extra.TryGetValue(file, out var list)) extra[file] = list = [];
        list.Add(new ContentProblem(file, at.Line, at.Column, severity, message));
    }
}
