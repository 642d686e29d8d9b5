using System.Collections.Concurrent;
using CareerGuide.Web.ContentServing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CareerGuide.Web.Caching;

/// <summary>
/// The pages the output cache has stored, kept a second time as ready-to-send responses, so that
/// <see cref="FrontCacheMiddleware"/> can answer a repeat request before routing and the rest of the pipeline.
/// It only ever holds what the output cache decided to store, for as long as the output cache would keep it, and
/// for the catalog it was made from; it is emptied whenever a new catalog is swapped in, and holds at most
/// <see cref="CachingOptions.FrontCacheMegabytes"/> (never more than the output cache's own limit). When full, new
/// pages are served without being kept here (the output cache still serves them); expired ones are swept every minute.
/// </summary>
public sealed class FrontCache : IDisposable
{
    private readonly ConcurrentDictionary<string, FrontCacheEntry> entries = new(StringComparer.Ordinal);
    private readonly IDisposable reloads;
    private readonly Timer sweeper;
    private long bytes;

    /// <summary>Creates the cache, emptied on every content reload.</summary>
    public FrontCache(ContentStore store, IOptions<CachingOptions> caching)
    {
        var output = caching.Value.Output ? Math.Max(1, caching.Value.OutputCacheMegabytes) : 0;
        LimitBytes = Math.Min(Math.Max(0, caching.Value.FrontCacheMegabytes), output) * 1024L * 1024L;
        reloads = ChangeToken.OnChange(store.GetReloadToken, Clear);
        sweeper = new Timer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>Whether the front cache is in use (output caching on and a limit above zero).</summary>
    public bool Enabled => LimitBytes > 0;

    /// <summary>The most bytes (bodies, headers and keys) it may hold.</summary>
    public long LimitBytes { get; }

    /// <summary>The bytes it holds now.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>The responses it holds now.</summary>
    public int Count => entries.Count;

    /// <summary>The clock the output cache uses (the system's), so ages and expiry agree with it.</summary>
    internal TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>The entry for <paramref name="key"/> made from catalog <paramref name="version"/>, if it has not expired.</summary>
    public bool TryGet(string key, string version, DateTimeOffset now, out FrontCacheEntry entry)
    {
        if (entries.TryGetValue(key, out entry!) && string.Equals(entry.Version, version, StringComparison.Ordinal) && now < entry.Expires) return true;
        entry = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="entry"/> (in place of any older one) unless that would pass the limit; returns whether it was kept.</summary>
    public bool TryAdd(string key, FrontCacheEntry entry)
    {
        var size = SizeOf(key, entry);
        if (Interlocked.Add(ref bytes, size) > LimitBytes)
        {
            Interlocked.Add(ref bytes, -size);
            return false;
        }
        FrontCacheEntry? replaced = null;
        entries.AddOrUpdate(key, entry, (_, old) => { replaced = old; return entry; });
        if (replaced is not null) Interlocked.Add(ref bytes, -SizeOf(key, replaced));
        return true;
    }

    /// <summary>Forgets everything (a new catalog is in force: every entry is of the old one).</summary>
    public void Clear()
    {
        foreach (var key in entries.Keys) Remove(key);
    }

    /// <summary>Forgets the entries that have expired.</summary>
    public void Sweep()
    {
        var now = Clock.GetUtcNow();
        foreach (var (key, entry) in entries)
            if (entry.Expires <= now) Remove(key);
    }

    /// <summary>Forgets the entry for <paramref name="key"/>, if any.</summary>
    public void Remove(string key)
    {
        if (entries.TryRemove(key, out var entry)) Interlocked.Add(ref bytes, -SizeOf(key, entry));
    }

    private static long SizeOf(string key, FrontCacheEntry entry) => entry.Size + key.Length * sizeof(char);

    /// <inheritdoc />
    public void Dispose()
    {
        sweeper.Dispose();
        reloads.Dispose();
    }
}

/// <summary>
/// A response as the output cache stored it: its headers (the Date it was stored, ETag, Cache-Control, Vary, the
/// security headers…) and its body in the encoding asked for, made from catalog <paramref name="Version"/>.
/// </summary>
public sealed record FrontCacheEntry(string Version, KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTimeOffset Created, DateTimeOffset Expires)
{
    /// <summary>Roughly the memory it takes: the body, and the header names and values.</summary>
    public long Size { get; } = Body.LongLength + Headers.Sum(h => (long)(h.Key.Length + h.Value.ToString().Length) * sizeof(char) + 32);
}
