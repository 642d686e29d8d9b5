namespace CareerGuide.Browser.Tests;

/// <summary>A fixture guide full of scripts, javascript: links, on* attributes and entities renders all of it as inert text.</summary>
public sealed class InjectionTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [BrowserTheory]
    [InlineData("/careers/injection-test-career")]
    [InlineData("/careers/injection-test-career/faq")]
    [InlineData("/careers/injection-test-career/why-it-matters")]
    [InlineData("/search?q=injection")]
    [InlineData("/compare?careers=injection-test-career,asteroid-surveyor")]
    public async Task Hostile_content_is_shown_as_text_and_nothing_runs(string path)
    {
        var (page, problems) = await site.NewPage();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Empty(problems);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main script, main iframe, main style, main svg[onload], main img[onerror]').length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('[href],[src]')].filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src'))).length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
        Assert.True(await page.IsVisibleAsync("main"), "a <style> in content must not hide the page");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_markup_reads_as_the_editor_typed_it()
    {
        var (page, _) = await site.NewPage();
        await page.GotoAsync("/careers/injection-test-career");
        Assert.Equal("Injection <script>window.__pwned = 1</script> Tester", await page.TextContentAsync("h1"));
        var why = await page.TextContentAsync("#why-it-matters .prose");
        Assert.Contains("<script>window.__pwned = 12</script>", why, StringComparison.Ordinal);
        Assert.Contains("Entities: <script>alert(19)</script> &lt; <b>", why, StringComparison.Ordinal);
        Assert.Contains("<b onclick=\"alert(3)\">bold</b>", await page.TextContentAsync("#snapshot .summary"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
