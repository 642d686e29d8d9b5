using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Loading;

/// <summary>
/// Checks that need every file: slugs and aliases that collide, two careers with one title, and links to
/// careers, sections or articles that do not exist. A link counts as good when its target file exists,
/// even if that file has errors of its own, so one bad file never cascades into errors in others.
/// </summary>
internal sealed class CrossFileChecks
{
    private readonly Dictionary<string, string> careerOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Model.CareerGuide> parsedGuides = new(StringComparer.Ordinal);
    private readonly HashSet<string> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContentProblem>> extra = new(StringComparer.Ordinal);

    public CrossFileChecks(IReadOnlyList<LoadedFile<Model.CareerGuide>> guides, IReadOnlyList<LoadedFile<Article>> articleFiles, ContentCatalog? previous = null)
    {
        // What was online keeps its claims: a clash is the fault of the file that brought it in, and the guide
        // already online stays online and keeps taking edits. Among new claims, the file that comes first wins.
        var established = previous?.Guides.Select(g => g.SourcePath).ToHashSet(StringComparer.Ordinal) ?? [];
        var oldAliases = previous?.Guides.SelectMany(g => g.Aliases.Select(a => (Alias: a, g.SourcePath)))
            .DistinctBy(x => x.Alias).ToDictionary(x => x.Alias, x => x.SourcePath, StringComparer.Ordinal) ?? [];
        foreach (var guide in guides.Where(g => Slug.IsValid(g.Slug)))
        {
            if (oldAliases.TryGetValue(guide.Slug, out var aliasOwner) && aliasOwner != guide.Path && !established.Contains(guide.Path))
            {
                Add(guide.Path, new SiteLink(guide.Slug, 1, 1),
                    $"the file name makes the slug '{guide.Slug}', which is already an old slug of {aliasOwner} (its aliases); rename this file, or remove the alias there first");
                continue;
            }
            careerOwners[guide.Slug] = guide.Path;
            if (guide.Result.Value is { } value) parsedGuides[guide.Slug] = value;
        }
        foreach (var article in articleFiles) articles.Add(article.Slug);

        // Each claim that was online already goes first, then new claims in file order.
        var aliasClaims = guides.SelectMany(g => g.Result.Aliases.Select(a => (Guide: g, Alias: a)))
            .OrderBy(c => oldAliases.GetValueOrDefault(c.Alias.Url) == c.Guide.Path ? 0 : 1).ToList();
        foreach (var (guide, alias) in aliasClaims)
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

        var oldTitles = previous?.Guides.DistinctBy(g => g.Title, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Title, g => g.SourcePath, StringComparer.OrdinalIgnoreCase) ?? [];
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var titled = guides.SelectMany(g => g.Result.Title is { } t ? [(Guide: g, Title: t)] : Array.Empty<(LoadedFile<Model.CareerGuide> Guide, SiteLink Title)>())
            .OrderBy(x => oldTitles.GetValueOrDefault(x.Title.Url.Trim()) == x.Guide.Path ? 0 : 1);
        foreach (var (guide, title) in titled)
        {
            if (titles.TryGetValue(title.Url.Trim(), out var first))
                Add(guide.Path, title, $"title: '{title.Url}' is also the title of {first}; two careers with one name confuse readers and search, so give one of them another title");
            else titles[title.Url.Trim()] = guide.Path;
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
