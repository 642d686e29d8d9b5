using Microsoft.Playwright;

namespace CareerGuide.Browser.Tests;

/// <summary>
/// Full-page screenshots of the whole guide at 360 and 1280 wide, light and dark, so a person can look at
/// what students see. Written to $SCREENSHOT_DIR, or artifacts/screenshots under the repository.
/// </summary>
public sealed class ScreenshotTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static string Folder => Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } dir
        ? dir
        : Path.Combine(BrowserSite.RepositoryRoot, "artifacts", "screenshots");

    [BrowserFact]
    public async Task The_whole_guide_at_phone_and_desktop_widths_in_light_and_dark()
    {
        Directory.CreateDirectory(Folder);
        foreach (var (width, height) in new[] { (360, 740), (1280, 800) })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var (page, problems) = await site.NewPage(width, height, scheme);
                await page.GotoAsync("/careers/machine-learning-engineer");
                var file = Path.Combine(Folder, $"machine-learning-engineer-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 10_000, file);
                // Nothing wider than the screen: a phone never scrolls sideways.
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"horizontal scroll at {width}");
                Assert.Empty(problems);
                await page.Context.CloseAsync();
            }
        }
    }
}
