namespace CareerGuide.Browser.Tests;

/// <summary>Where the browser is, and whether these tests can run here.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason to skip, or null. With CI=true nothing is skipped: a missing browser fails the run.</summary>
    public static string? SkipReason => File.Exists(Path) || IsCi
        ? null
        : $"Chromium was not found at {Path}. Install Debian's package to run the browser tests: sudo apt-get install -y chromium";
}

/// <summary>A fact that needs Chromium: skipped with instructions when it is missing, except in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs Chromium: skipped with instructions when it is missing, except in CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
