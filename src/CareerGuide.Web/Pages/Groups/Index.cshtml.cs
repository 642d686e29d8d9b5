using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Pages.Groups;

/// <summary><c>/groups</c>: every career group (SOC major group) with how many careers it has.</summary>
public sealed class IndexModel(ContentStore store) : SitePageModel
{
    /// <summary>The groups, A to Z.</summary>
    public IReadOnlyList<CareerGroup> Groups { get; private set; } = [];

    /// <summary>Lists the groups.</summary>
    public void OnGet()
    {
        Groups = store.Current.Groups;
        Meta = new PageMeta
        {
            Title = "Career groups",
            Description = $"Browse {Groups.Sum(g => g.Guides.Count)} careers in {Groups.Count} groups, from healthcare to construction.",
            Path = Links.Groups,
            Breadcrumbs = [new Crumb("Career groups", Links.Groups)],
        };
    }
}
