using CareerGuide.Content.Model;
using CareerGuide.Web.Infrastructure;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages;

/// <summary>Two to four careers side by side: <c>/compare?careers=a,b[,c]</c>.</summary>
public sealed class CompareModel(ContentStore store) : PageModel
{
    /// <summary>The comparison, with messages for anything unusable in the request.</summary>
    public Comparison Comparison { get; private set; } = null!;

    /// <summary>Every guide, for the chooser.</summary>
    public IReadOnlyList<Content.Model.CareerGuide> All { get; private set; } = [];

    /// <summary>Builds the comparison from the <c>careers</c> parameters.</summary>
    public void OnGet()
    {
        var catalog = store.Current;
        All = catalog.Guides;
        Comparison = Comparison.From(Request.Query["careers"], catalog);
    }
}
