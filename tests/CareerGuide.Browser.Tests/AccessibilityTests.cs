using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerGuide.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.2 A/AA violation on any page type, on a phone and a desktop, light and dark.</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private static readonly string[] Sections =
        ["snapshot", "why-it-matters", "day", "pathway", "skills", "education", "market", "outlook", "fit", "tradeoffs",
         "high-school", "college", "sources", "reading", "transcript", "faq"];

    public static TheoryData<string> PageTypes()
    {
        var data = new TheoryData<string>
        {
            "/", "/careers", "/careers?industry=space+agriculture&sort=salary", "/careers/machine-learning-engineer",
            "/careers/lunar-greenhouse-technician/similar", "/careers/machine-learning-engineer/fit?s=0&s=1&s=2&answered=1",
            "/compare", "/compare?careers=lunar-greenhouse-technician,orbital-hydroponics-engineer,asteroid-surveyor",
            "/compare?careers=asteroid-surveyor,nope", "/search?q=pyhton", "/search?q=zzzqqq", "/articles",
            "/articles/careers-in-machine-learning", "/careers/no-such-career", "/credits", "/careers?page=2",
            // An imported guide: survey figures in every form the import writes.
            "/careers/registered-nurse", "/careers/actor/market", "/careers/pediatric-surgeon/market",
            // Ways into 800 careers.
            "/groups", "/groups/healthcare-practitioners-and-technical", "/interests",
            "/interests?s=s4&s=s10&s=s16&s=s2&edu=associate&answered=1", "/careers?group=healthcare-practitioners-and-technical&education=associate&sort=openings",
            "/compare?careers=registered-nurse,electrician,software-developer",
            // One career paid only by the hour among yearly ones: a chart with a note, a table with gaps.
            "/compare?careers=accountant-and-auditor,actor,actuary",
        };
        foreach (var slug in new[] { "day", "market", "education", "pathway", "skills", "fit", "high-school", "college", "similar", "sources", "faq" }) data.Add($"/careers/registered-nurse/{slug}");
        foreach (var slug in Sections) data.Add($"/careers/machine-learning-engineer/{slug}");
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task No_violations_at_phone_and_desktop_sizes_in_light_and_dark(string path)
    {
        var failures = new List<string>();
        foreach (var (width, height) in new[] { (360, 740), (1280, 800) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var (page, problems) = await site.NewPage(width, height, scheme);
                await page.GotoAsync(path);
                var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
                failures.AddRange(result.Violations.Select(v =>
                    $"{width}x{height} {scheme}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html + " (" + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message)) + ")"))}"));
                failures.AddRange(problems.Select(p => $"{width}x{height} {scheme}: {p}"));
                await page.Context.CloseAsync();
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [BrowserFact]
    public async Task The_checker_does_report_violations_when_there_are_some()
    {
        var (page, _) = await site.NewPage();
        await page.SetContentAsync("<html><body><img src='/favicon.svg'><a href='/'></a><input type='text'></body></html>");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        Assert.Superset(new HashSet<string> { "image-alt", "link-name", "label", "html-has-lang" }, result.Violations.Select(v => v.Id).ToHashSet());
        await page.Context.CloseAsync();
    }
}
