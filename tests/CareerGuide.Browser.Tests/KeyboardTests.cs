using Microsoft.Playwright;

namespace CareerGuide.Browser.Tests;

/// <summary>Everything works from the keyboard: skip link, visible focus, the table of contents, forms.</summary>
public sealed class KeyboardTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static Task<string> ActiveId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    [BrowserFact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content()
    {
        var (page, _) = await site.NewPage();
        await page.GotoAsync("/careers/machine-learning-engineer");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getBoundingClientRect().top >= 0"), "the skip link is shown when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await ActiveId(page));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Focused_links_and_controls_show_a_visible_focus_ring()
    {
        var (page, _) = await site.NewPage();
        await page.GotoAsync("/");
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"tab stop {i + 1} has no focus ring: {outline}");
        }
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_table_of_contents_moves_focus_to_its_section()
    {
        var (page, _) = await site.NewPage(360, 740);
        await page.GotoAsync("/careers/machine-learning-engineer");
        await page.FocusAsync(".toc a[href='#skills']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement.id === 'skills'");
        Assert.Equal("skills", await ActiveId(page));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_fit_self_check_can_be_ticked_and_sent_by_keyboard()
    {
        var (page, _) = await site.NewPage();
        await page.GotoAsync("/careers/machine-learning-engineer/fit");
        foreach (var i in new[] { 0, 2, 3 })
        {
            await page.FocusAsync($"#fit-s{i}");
            await page.Keyboard.PressAsync("Space");
        }
        await page.FocusAsync(".fit-check button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".fit-result");
        Assert.Contains("You ticked 3 of 5", await page.TextContentAsync(".fit-result"), StringComparison.Ordinal);
        Assert.Contains("answered=1", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Every_control_on_the_careers_page_is_reachable_by_tab()
    {
        var (page, _) = await site.NewPage();
        await page.GotoAsync("/careers");
        var controls = await page.EvaluateAsync<int>("() => document.querySelectorAll('main a[href], main select, main button, main input').length");
        var reached = new HashSet<string>();
        for (var i = 0; i < controls + 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            // Two links may share an address (the pager's "Next" and its page number): the text tells them apart.
            reached.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.closest('main') ? (e.id || (e.getAttribute('href') || '') + ' ' + e.textContent) : ''; }"));
        }
        reached.Remove(string.Empty);
        Assert.True(reached.Count >= controls, $"reached {reached.Count} of {controls} controls");

        await page.SelectOptionAsync("#f-industry", "mining");
        await page.FocusAsync(".filters button");
        // Wait for the navigation that the key press starts, registered before the press so it cannot be missed.
        var navigated = page.WaitForURLAsync(url => url.Contains("industry=mining", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal(["Asteroid Surveyor"], await page.Locator(".cards h2").AllTextContentsAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Copy_link_copies_the_sections_address_and_says_so()
    {
        var (page, problems) = await site.NewPage();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/careers/machine-learning-engineer/skills");
        await page.ClickAsync("button.copy-link");
        await page.WaitForFunctionAsync("() => document.querySelector('.copy-status').textContent.length > 0");
        Assert.Equal("Link copied", await page.TextContentAsync(".copy-status"));
        Assert.Equal(new Uri(site.BaseAddress, "/careers/machine-learning-engineer/skills").ToString(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }
}
