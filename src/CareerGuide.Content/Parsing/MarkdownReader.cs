using CareerGuide.Content.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// The one place that touches Markdig. The pipeline is built once and shared: it is immutable
/// and thread-safe, and building it per file would cost more than parsing a guide.
/// </summary>
internal static class MarkdownReader
{
    // Raw HTML is disabled: an editor's <script> or onclick= becomes visible text, never markup.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Splits a file into front matter and body parts, reporting unsafe links and images.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="splitSections">True for guides, whose '##' headings start sections; false for articles, whose body is one part.</param>
    public static MarkdownDocument Read(string text, ProblemList problems, bool splitSections = true)
    {
        var document = Markdown.Parse(text, Pipeline);
        RemoveUnsafeLinks(document, problems);

        FrontMatter? frontMatter = null;
        var parts = new List<BodyPart>();
        string? heading = null;
        int headingLine = 0, headingColumn = 0;
        var blocks = new List<Block>();

        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    // The block's first line is the opening "---"; the YAML starts on the next.
                    frontMatter = new FrontMatter(yaml.Lines.ToString(), yaml.Line + 2);
                    break;
                case HeadingBlock { Level: 2 } h2 when splitSections:
                    Flush();
                    heading = InlineText(h2.Inline).Trim();
                    headingLine = h2.Line + 1;
                    headingColumn = h2.Column + 1;
                    break;
                case HeadingBlock { Level: 1 } h1:
                    problems.Error(h1.Line + 1, h1.Column + 1,
                        "a '#' heading is not allowed in the body: the page title comes from 'title'; start a section with '## ' and its name");
                    break;
                default:
                    if (heading is null && blocks.Count == 0)
                    {
                        headingLine = block.Line + 1;
                        headingColumn = block.Column + 1;
                    }
                    blocks.Add(block);
                    break;
            }
        }
        Flush();
        return new MarkdownDocument(frontMatter, parts);

        void Flush()
        {
            if (heading is not null || blocks.Count > 0)
                parts.Add(new BodyPart(heading, headingLine, headingColumn, Render(blocks)));
            blocks.Clear();
        }
    }

    /// <summary>Renders Markdown prose held in a YAML field (an FAQ answer, say) to HTML.</summary>
    /// <remarks>Problems inside the fragment are reported at the field's own position.</remarks>
    public static RenderedHtml RenderFragment(YamlValue field, ProblemList problems)
    {
        var document = Markdown.Parse(field.Value, Pipeline);
        var inner = new ProblemList(problems.File);
        RemoveUnsafeLinks(document, inner);
        foreach (var problem in inner.All) problems.Warning(field.Line, field.Column, problem.Message);
        problems.Links.AddRange(inner.Links.Select(l => l with { Line = field.Line, Column = field.Column }));
        return Render([.. document]);
    }

    private static RenderedHtml Render(List<Block> blocks)
    {
        if (blocks.Count == 0) return RenderedHtml.Empty;
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        writer.Flush();
        return new RenderedHtml(writer.ToString().Trim());
    }

    private static string InlineText(ContainerInline? inline)
    {
        var text = new System.Text.StringBuilder();
        Append(inline);
        return text.ToString();

        // A direct walk: each literal once, in order (emphasis and code inside a heading or link included).
        void Append(ContainerInline? container)
        {
            for (var child = container?.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                    case CodeInline code: text.Append(code.Content); break;
                    case ContainerInline nested: Append(nested); break;
                }
            }
        }
    }

    // Links may go to the site, http(s) or mailto; images must be the site's own, so a page
    // never loads a third-party file. Anything else is replaced by its text and reported.
    private static void RemoveUnsafeLinks(Markdig.Syntax.MarkdownDocument document, ProblemList problems)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? string.Empty;
            var safe = link.IsImage ? UrlRules.IsSiteRelative(url) : UrlRules.IsSafeLink(url);
            if (safe)
            {
                if (!link.IsImage && UrlRules.IsSiteRelative(url)) problems.Links.Add(new SiteLink(url, link.Line + 1, link.Column + 1));
                continue;
            }
            problems.Warning(link.Line + 1, link.Column + 1, link.IsImage
                ? $"image '{url}' was left out: images must be site-relative paths such as /images/example.svg"
                : $"link '{url}' was left out: links must be site-relative, http(s) or mailto");
            var text = new LiteralInline(InlineText(link));
            link.ReplaceBy(text, copyChildren: false);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (UrlRules.IsSafeLink(autolink.Url)) continue;
            problems.Warning(autolink.Line + 1, autolink.Column + 1,
                $"link '{autolink.Url}' was left out: links must be site-relative, http(s) or mailto");
            autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
        }
    }
}
