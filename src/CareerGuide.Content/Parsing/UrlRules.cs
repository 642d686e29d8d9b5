namespace CareerGuide.Content.Parsing;

/// <summary>Which URLs content may link to.</summary>
public static class UrlRules
{
    /// <summary>A path on this site: starts with one slash (not two, which would be another host).</summary>
    public static bool IsSiteRelative(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

    /// <summary>Site-relative, a fragment, or an absolute http, https or mailto URL.</summary>
    public static bool IsSafeLink(string url)
    {
        if (IsSiteRelative(url) || url.StartsWith('#')) return true;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);
    }
}
