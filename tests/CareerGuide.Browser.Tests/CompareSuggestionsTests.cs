using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerGuide.Browser.Tests;

/// <summary>The compare form's search-as-you-type (js/compare.js) over the shipped careers, by keyboard and by touch.</summary>
public sealed class CompareSuggestionsTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static Task<string[]> Options(IPage page, string field) =>
        page.Locator($"#{field}-suggestions [role=option]").AllTextContentsAsync().ContinueWith(t => t.Result.ToArray(), TaskScheduler.Default);

    [BrowserFact]
    public async Task Typing_suggests_careers_the_arrows_and_enter_choose_one_and_the_form_compares_them()
    {
        var (page, problems) = await site.NewPage(360, 740);
        await page.GotoAsync("/compare");
        var first = page.Locator("#pick-0");
        Assert.Null(await first.GetAttributeAsync("list")); // the browser's own list gives way to ours
        Assert.Equal("combobox", await first.GetAttributeAsync("role"));

        await first.FocusAsync();
        await page.Keyboard.TypeAsync("RN", new KeyboardTypeOptions { Delay = 40 });
        await page.Locator("#pick-0-suggestions [role=option]").First.WaitForAsync();
        Assert.Equal("true", await first.GetAttributeAsync("aria-expanded"));
        var offered = await Options(page, "pick-0");
        var nurse = Array.IndexOf(offered, "Registered Nurse");
        Assert.InRange(nurse, 0, 2);
        Assert.Contains("match", await page.Locator("#pick-0 ~ [role=status]").TextContentAsync(), StringComparison.Ordinal);

        for (var i = 0; i <= nurse; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal($"pick-0-suggestions-{nurse}", await first.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await page.Locator($"#pick-0-suggestions-{nurse}").GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("Registered Nurse", await first.InputValueAsync());
        Assert.Equal("false", await first.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#pick-0-suggestions").IsHiddenAsync());
        Assert.EndsWith("/compare", page.Url, StringComparison.Ordinal); // Enter chose; it did not send the form

        // Touch: tap a suggestion in the second field.
        var second = page.Locator("#pick-1");
        await second.FocusAsync();
        await page.Keyboard.TypeAsync("electri", new KeyboardTypeOptions { Delay = 40 });
        var electrician = page.Locator("#pick-1-suggestions [role=option]", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^Electrician$") });
        await electrician.ClickAsync();
        Assert.Equal("Electrician", await second.InputValueAsync());

        // Escape closes the list and keeps what was typed.
        var third = page.Locator("#pick-2");
        await third.FocusAsync();
        await page.Keyboard.TypeAsync("welder", new KeyboardTypeOptions { Delay = 40 });
        await page.Locator("#pick-2-suggestions [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.Locator("#pick-2-suggestions").IsHiddenAsync());
        Assert.Equal("welder", await third.InputValueAsync());
        await third.FillAsync(string.Empty);

        await page.Locator("form.compare-picker button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/compare?careers=*");
        Assert.Equal(["Registered Nurse", "Electrician"], await page.Locator("table.compare thead th").AllTextContentsAsync());
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Escape_keeps_the_list_closed_when_an_answer_arrives_after_it_or_the_typing_pause_ends_after_it()
    {
        var (page, problems) = await site.NewPage(360, 740);
        await page.GotoAsync("/compare");
        var field = page.Locator("#pick-0");
        var list = page.Locator("#pick-0-suggestions");

        // The list is open for "weld"; "er" is typed and its answer is held back until the user has pressed Escape.
        await field.FocusAsync();
        await page.Keyboard.TypeAsync("weld");
        await page.Locator("#pick-0-suggestions [role=option]").First.WaitForAsync();
        var held = new TaskCompletionSource();
        var asked = new TaskCompletionSource();
        await page.RouteAsync("**/search/suggest*", async route =>
        {
            asked.TrySetResult();
            await held.Task;
            await route.ContinueAsync();
        });
        await page.Keyboard.TypeAsync("er");
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await list.IsHiddenAsync());
        var answered = page.WaitForResponseAsync("**/search/suggest*");
        held.SetResult();
        await answered;
        await page.WaitForTimeoutAsync(300);
        Assert.True(await list.IsHiddenAsync()); // the late answer for "welder" does not reopen what the user closed
        Assert.Equal("false", await field.GetAttributeAsync("aria-expanded"));

        // An open list, more typing, then Escape before the typing pause (120 ms) has asked again.
        await page.UnrouteAllAsync();
        await field.FillAsync(string.Empty);
        await field.FocusAsync();
        await page.Keyboard.TypeAsync("nurse");
        await page.Locator("#pick-0-suggestions [role=option]").First.WaitForAsync();
        await page.Keyboard.TypeAsync("s");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForTimeoutAsync(600);
        Assert.True(await list.IsHiddenAsync());
        Assert.Equal("nurses", await field.InputValueAsync());
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_open_list_has_no_accessibility_violations_in_light_or_dark()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, problems) = await site.NewPage(360, 740, scheme);
            await page.GotoAsync("/compare");
            await page.Locator("#pick-0").FocusAsync();
            await page.Keyboard.TypeAsync("nurse", new KeyboardTypeOptions { Delay = 40 });
            await page.Locator("#pick-0-suggestions [role=option]").First.WaitForAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } });
            Assert.True(result.Violations.Length == 0, scheme + ": " + string.Join(" | ", result.Violations.Select(v => v.Id + ": " + v.Help)));
            Assert.Empty(problems);
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Without_javascript_the_fields_keep_the_browsers_list_and_a_typed_name_still_compares()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compare");
        Assert.Equal("career-names", await page.Locator("#pick-0").GetAttributeAsync("list"));
        await page.Locator("#pick-0").FillAsync("registered nurse");
        await page.Locator("#pick-1").FillAsync("electrician");
        await page.Locator("form.compare-picker button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/compare?careers=*");
        Assert.Equal(["Registered Nurse", "Electrician"], await page.Locator("table.compare thead th").AllTextContentsAsync());
        await context.CloseAsync();
    }
}
