using CareerGuide.Content.Model;

namespace CareerGuide.Content.Parsing;

/// <summary>Parses one article file: YAML front matter, then the Markdown body.</summary>
public static class ArticleParser
{
    /// <summary>Parses an article; never throws for bad content.</summary>
    /// <param name="file">The path reported in problems.</param>
    /// <param name="slug">The article's slug (from the file name).</param>
    /// <param name="text">The file's text.</param>
    public static ParseResult<Article> Parse(string file, string slug, string text)
    {
        var problems = new ProblemList(file);
        if (FrontMatterFences.ReportUnclosed(text, problems)) return new(null, problems.All);
        var document = MarkdownReader.Read(text, problems, splitSections: false);
        if (document.FrontMatter is null)
        {
            problems.Error(1, 1, "the file must start with YAML front matter: a line '---', the article's fields, then another '---'");
            return new(null, problems.All);
        }
        var yaml = YamlMap.Parse(document.FrontMatter, problems);
        if (yaml is null) return new(null, problems.All);

        var title = yaml.Text("title");
        var subtitle = yaml.Text("subtitle", required: false) ?? string.Empty;
        var description = yaml.Text("description");
        var author = yaml.Text("author");
        var readMinutes = yaml.Integer("read_minutes", 1, 600, what: "minutes");
        var published = yaml.Date("published");
        var created = yaml.Date("created", required: false);
        var updated = yaml.Date("updated", required: false);
        var hero = yaml.Scalar("hero_image", required: false, "a site-relative image path");
        var heroAlt = yaml.Text("hero_alt", required: hero is not null);
        var careers = yaml.ScalarList("careers");
        foreach (var career in careers) problems.Links.Add(new SiteLink(Model.Links.Guide(career.Value), career.Line, career.Column));
        var ctaMap = yaml.Map("cta", required: false);
        CallToAction? cta = null;
        if (ctaMap is not null)
        {
            var text2 = ctaMap.Text("text");
            var link = ctaMap.Scalar("link", required: false, "a site-relative path or https address");
            ctaMap.ReportUnknownKeys();
            if (link is not null && !UrlRules.IsSafeLink(link.Value))
                ctaMap.Error(link, $"cta.link: '{link.Value}' is not a safe link; use a site-relative path or an https:// address");
            else if (text2 is not null)
            {
                cta = new CallToAction(text2, link?.Value);
                if (link is not null && UrlRules.IsSiteRelative(link.Value)) problems.Links.Add(new SiteLink(link.Value, link.Line, link.Column));
            }
        }
        yaml.ReportUnknownKeys();
        if (hero is not null && !UrlRules.IsSiteRelative(hero.Value))
            yaml.Error(hero, $"hero_image: '{hero.Value}' must be a site-relative path such as /images/articles/example.svg, so the page loads nothing from other sites");

        var body = document.Parts.Count == 0 ? RenderedHtml.Empty : document.Parts[0].Html;
        if (body.IsEmpty) problems.Error(document.FrontMatter.FirstLine, 1, "the article has no body: write it in Markdown after the closing '---'");
        // Articles have no drafts: what is in the folder is published, so a placeholder is an error.
        Placeholders.Report(text, draft: false, problems);
        if (problems.HasErrors || title is null || description is null || author is null || readMinutes is null || published is null)
            return new(null, problems.All) { Links = problems.Links };

        return new(new Article(slug, title, subtitle, description, author, readMinutes.Value, published.Value,
            created ?? published.Value, hero?.Value, heroAlt, body, cta) { Careers = [.. careers.Select(c => c.Value)], LastModified = Model.Dates.StartOfDayUtc(updated ?? published.Value) }, problems.All)
        { Links = problems.Links };
    }
}
