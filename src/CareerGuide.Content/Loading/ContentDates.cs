using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace CareerGuide.Content.Loading;

/// <summary>
/// When each content file last changed in substance: the last commit that touched it, when the content
/// folder is a git checkout. A file's modification time is never used: every clone and deploy resets it,
/// and the sitemap, the feed and structured data would claim that every page changed.
/// </summary>
internal static class ContentDates
{
    /// <summary>Each committed file's last commit time, by path relative to <paramref name="root"/>; empty outside a checkout or without git.</summary>
    public static IReadOnlyDictionary<string, DateTimeOffset> FromGit(string root)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        try
        {
            // One process for the whole folder: each commit's date, then the files it touched, newest first.
            var start = new ProcessStartInfo("git", ["log", "--format=%x00%cI", "--name-only", "--relative", "--", "."])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null) return dates;
            git.ErrorDataReceived += (_, _) => { };
            git.BeginErrorReadLine();
            DateTimeOffset? commit = null;
            string? line;
            while ((line = git.StandardOutput.ReadLine()) is not null)
            {
                if (line.StartsWith('\0'))
                    commit = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                else if (line.Length > 0 && commit is { } at)
                    dates.TryAdd(line.Replace('\\', '/'), at.ToUniversalTime());
            }
            git.WaitForExit();
            return git.ExitCode == 0 ? dates : new Dictionary<string, DateTimeOffset>();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or FormatException or IOException)
        {
            // No git on this machine, or output it did not expect: dates are simply unknown.
            return new Dictionary<string, DateTimeOffset>();
        }
    }
}
