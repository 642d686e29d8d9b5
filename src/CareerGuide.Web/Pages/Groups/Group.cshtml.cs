using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;

namespace CareerGuide.Web.Pages.Groups;

/// <summary><c>/groups/{group}</c>: one career group's careers with their key figures.</summary>
public sealed class GroupModel(ContentStore store) : SitePageModel
{
    // null! until OnGet sets it: the page renders only after OnGet has, and never reads it on a 404.
    /// <summary>The group shown.</summary>
    public CareerGroup Group { get; private set; } = null!;

    /// <summary>Shows the group, or a 404 for a group that does not exist.</summary>
    public IActionResult OnGet(string group)
    {
        if (!Slug.IsValid(group) || store.Current.FindGroup(group) is not { } found) return NotFound();
        Group = found;
        Meta = new PageMeta
        {
            Title = $"{found.Name} careers",
            Description = $"{found.Guides.Count} {found.Name.ToLowerInvariant()} careers with their median pay, projected growth, openings and usual education to start.",
            Path = Links.Group(found.Slug),
            Breadcrumbs = [new Crumb("Career groups", Links.Groups), new Crumb(found.Name, Links.Group(found.Slug))],
        };
        return Page();
    }
}
