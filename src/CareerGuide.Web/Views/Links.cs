namespace CareerGuide.Web.Views;

/// <summary>The site's URL scheme in one place; these URLs are promised to counselors and never change.</summary>
public static class Links
{
    /// <summary><c>/careers/{career}</c></summary>
    public static string Guide(string career) => $"/careers/{career}";

    /// <summary><c>/careers/{career}/{slug}</c></summary>
    public static string Section(string career, string slug) => $"/careers/{career}/{slug}";

    /// <summary>The image link previews show: 1200 × 630, PNG, as Open Graph asks.</summary>
    public const string SiteCard = "/images/site-card.png";

    /// <summary><c>/articles/{article}</c></summary>
    public static string Article(string article) => $"/articles/{article}";
}
