using System.Collections.Concurrent;

namespace CareerGuide.Content.Loading;

/// <summary>
/// What the last load parsed, file by file, so the next load re-parses only the files that were added or
/// changed. A file counts as unchanged while its size and last write time are the same, and the load is for the
/// day it was parsed or a later one; only the same day when one of its checks met a date after that day (a
/// last-verified date in the future is an error until the day comes). Hand the same instance to every load of
/// one folder.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>One file's result, with what decides whether it still holds.</summary>
    /// <param name="Length">The file's size when it was read.</param>
    /// <param name="LastWriteUtc">The file's last write time when it was read.</param>
    /// <param name="Today">The day the file was parsed.</param>
    /// <param name="MetLaterDate">Whether a check met a date after that day (then the result holds for that day only).</param>
    /// <param name="Result">What loading the file gave.</param>
    internal sealed record Entry(long Length, DateTime LastWriteUtc, DateOnly Today, bool MetLaterDate, object Result)
    {
        /// <summary>Whether a load for <paramref name="day"/> gets the same result.</summary>
        public bool HoldsOn(DateOnly day) => day == Today || (day > Today && !MetLaterDate);
    }

    /// <summary>How many files are remembered.</summary>
    public int Count => entries.Count;

    internal bool TryGet<T>(string path, FileInfo info, DateOnly today, out T result) where T : class
    {
        if (entries.TryGetValue(path, out var entry) && entry.Result is T known
            && entry.Length == info.Length && entry.LastWriteUtc == info.LastWriteTimeUtc && entry.HoldsOn(today))
        {
            result = known;
            return true;
        }
        result = null!;
        return false;
    }

    internal void Remember(string path, FileInfo info, DateOnly today, bool metLaterDate, object result) =>
        entries[path] = new Entry(info.Length, info.LastWriteTimeUtc, today, metLaterDate, result);

    // Files that are gone are forgotten, so the memory follows the folder.
    internal void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var path in entries.Keys)
        {
            if (!paths.Contains(path)) entries.TryRemove(path, out _);
        }
    }
}
