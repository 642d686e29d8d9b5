using System.Diagnostics;
using CareerGuide.Content.Model;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages;

/// <summary>The 500 page: no details, a reference to find the request in the logs.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : SitePageModel
{
    /// <summary>The request's trace identifier.</summary>
    public string? RequestId { get; private set; }

    /// <summary>Shows the page with status 500.</summary>
    public void OnGet() => Show();

    private void Show()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Meta = new PageMeta { Title = "Something went wrong", Description = "This page could not be shown.", Path = Links.Error, NoIndex = true };
        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
