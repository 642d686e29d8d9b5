using System.Collections.Concurrent;

namespace CareerGuide.Content.Loading;

/// <summary>
/// What the last load parsed, file by file, so the next load re-parses only the files that were added or
/// changed. A file counts as unchanged while its size and last write time are the same and the load is for
/// the same day (last-verified checks depend on the date). Hand the same instance to every load of one folder.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    internal sealed record Entry(long Length, DateTime LastWriteUtc, DateOnly Today, object Result);

    /// <summary>How many files are remembered.</summary>
    public int Count => entries.Count;

    internal bool TryGet<T>(string path, FileInfo info, DateOnly today, out T result) where T : class
    {
        if (entries.TryGetValue(path, out var entry) && entry.Result is T known
            && entry.Length == info.Length && entry.LastWriteUtc == info.LastWriteTimeUtc && entry.Today == today)
        {
            result = known;
            return true;
        }
        result = null!;
        return false;
    }

    internal void Remember(string path, FileInfo info, DateOnly today, object result) =>
        Remember(path, info.Length, info.LastWriteTimeUtc, today, result);

    internal void Remember(string path, long length, DateTime lastWriteUtc, DateOnly today, object result) =>
        entries[path] = new Entry(length, lastWriteUtc, today, result);

    /// <summary>Every remembered file by path, for <see cref="ParsedFilesCache"/>.</summary>
    internal IEnumerable<KeyValuePair<string, Entry>> Entries => entries;

    // Files that are gone are forgotten, so the memory follows the folder.
    internal void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var path in entries.Keys)
        {
            if (!paths.Contains(path)) entries.TryRemove(path, out _);
        }
    }
}
