namespace CareerGuide.Web.Hosting;

/// <summary>The public identity of the site. Bound from the <c>Site</c> configuration section.</summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Site";

    /// <summary>
    /// The public address the site is reached at, without a trailing slash, e.g. <c>https://careerguide.example</c>.
    /// Canonical URLs, link previews, the sitemap, the feed and the printed QR code use it.
    /// </summary>
    public string BaseUrl { get; set; } = "http://localhost:5077";

    /// <summary>The site's name, in titles and link previews.</summary>
    public string Name { get; set; } = "CareerGuide";

    /// <summary>An absolute URL for a site path.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
