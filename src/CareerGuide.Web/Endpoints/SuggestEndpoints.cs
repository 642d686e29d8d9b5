using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Endpoints;

/// <summary>
/// <c>/search/suggest?q=</c>: the careers matching what is being typed, as JSON
/// (<c>[{"slug":"registered-nurse","title":"Registered Nurse"}]</c>), for the compare form's search-as-you-type.
/// Without JavaScript the form does without it; crawlers are kept off it by robots.txt's <c>Disallow: /search</c>.
/// </summary>
public static class SuggestEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Links.Suggest, (string? q, ContentStore store) => TypedResults.Json(CareerSuggestions.For(store.Current, q)));
        return endpoints;
    }
}
