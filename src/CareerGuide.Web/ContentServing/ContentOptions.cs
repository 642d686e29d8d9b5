namespace CareerGuide.Web.ContentServing;

/// <summary>Where the content comes from and how changes are picked up. Bound from the <c>Content</c> section.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Content";

    /// <summary>
    /// The content folder (with <c>careers/</c> and <c>articles/</c>). A relative path is looked for in the
    /// working directory and then above it, so <c>dotnet run --project src/CareerGuide.Web</c> finds the
    /// repository's <c>content/</c> from the repository root or from the project folder.
    /// </summary>
    public string Root { get; set; } = "content";

    /// <summary>
    /// True to refuse to start when any content file has an error, for deployments that prefer to fail.
    /// False (the default): bad files are logged and left out, and the rest is served.
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>True to watch the folder and swap in changed content without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>True to react to file-system events at once; false to rely on polling alone.</summary>
    public bool FileEvents { get; set; } = true;

    /// <summary>
    /// How often, in milliseconds, the folder is checked for changes even when no file event arrives
    /// (network drives and some containers deliver none).
    /// </summary>
    public int PollMilliseconds { get; set; } = 2000;

    /// <summary>How long, in milliseconds, the folder must be quiet before a reload, so a save in several writes loads once.</summary>
    public int SettleMilliseconds { get; set; } = 300;

    /// <summary>
    /// The longest, in milliseconds, a reload waits for the folder to settle: while files keep changing (a sync
    /// tool copying many files), what has changed so far is loaded at least this often.
    /// </summary>
    public int LongestWaitMilliseconds { get; set; } = 2000;
}
