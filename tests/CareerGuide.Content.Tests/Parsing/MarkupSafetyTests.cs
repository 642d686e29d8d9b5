using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Tests.Parsing;

/// <summary>Raw HTML and unsafe links in content never reach the page as markup.</summary>
public sealed class MarkupSafetyTests
{
    private const string Head = "---\ntitle: Fixture\nsnapshot:\n  summary: S\n  titles: [T]\n  industries: [I]\n  hours: {min: 1, max: 2, mode: remote}\n  top_skills: [K]\n---\n\n## Why it matters\n\n";

    private static (string Html, IReadOnlyList<string> Problems) WhyItMatters(string markdown)
    {
        var result = CareerGuideParser.Parse("f.md", "f", Head + markdown, TestFiles.Today);
        Assert.NotNull(result.Value);
        return (result.Value.Section(Model.SectionKind.WhyItMatters)!.Prose.Value, [.. result.Problems.Select(p => p.ToString())]);
    }

    [Fact]
    public void Raw_html_blocks_and_inline_tags_are_escaped()
    {
        var (html, _) = WhyItMatters("<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> here.");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Javascript_links_become_plain_text_with_a_warning_at_their_position()
    {
        var (html, problems) = WhyItMatters("Click [me](javascript:alert(1)) now.");
        Assert.Equal("<p>Click me now.</p>", html);
        Assert.Equal(["f.md:13:7: warning: link 'javascript:alert(1)' was left out: links must be site-relative, http(s) or mailto"], problems);
    }

    [Fact]
    public void Third_party_images_are_left_out_but_site_images_stay()
    {
        var (html, problems) = WhyItMatters("![far](https://cdn.example.com/a.png) ![near](/images/a.svg)");
        Assert.Equal("<p>far <img src=\"/images/a.svg\" alt=\"near\" /></p>", html);
        Assert.Single(problems);
    }

    [Theory]
    [InlineData("/careers/x", true)]
    [InlineData("#skills", true)]
    [InlineData("https://example.org", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("//evil.example", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:x", false)]
    public void Link_rules(string url, bool safe) => Assert.Equal(safe, UrlRules.IsSafeLink(url));
}
