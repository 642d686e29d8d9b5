using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CareerGuide.Web.Hosting;

/// <summary>
/// A response body kept in memory while the rest of the pipeline writes it, then sent in one write with its
/// <c>Content-Length</c>: with <c>Server:InlineIo</c>, Kestrel sends each flush of the body as it comes (the thread pool's
/// I/O queue would have gathered them), and a compressed page flushed in pieces went out in about five sends.
/// A body that grows past <see cref="Limit"/>, a file sent with <see cref="SendFileAsync"/>, or one whose writer calls
/// <see cref="DisableBuffering"/> (a stream that has to go out as it is made) goes out as it is written, as before.
/// </summary>
/// <remarks>
/// Until the body is sent the response has not started, so a page that throws halfway gets the error page instead of
/// a cut-off body: while it is kept the body can be cut back (<see cref="SetLength"/>), as the exception handler's
/// <c>Response.Clear()</c> does to a body that can seek, so nothing of the failed page goes out before the error page. Used by <see cref="HostingExtensions.UseLeaveSocketThread"/>, which puts the previous body back and
/// calls <see cref="SendAsync"/> when the rest of the pipeline is done and <see cref="Release"/> after.
/// </remarks>
public sealed class WholeBodyStream : Stream, IHttpResponseBodyFeature
{
    /// <summary>The most a body is kept before it goes out as it is written: pages here are well under it.</summary>
    public const int Limit = 256 * 1024;

    private const int FirstBuffer = 16 * 1024;

    private readonly HttpResponse response;
    private readonly IHttpResponseBodyFeature inner;
    private byte[]? store;
    private int length;
    private bool passThrough;
    private PipeWriter? writer;

    /// <summary>Keeps what is written to <paramref name="response"/>'s body until <see cref="SendAsync"/>.</summary>
    public WholeBodyStream(HttpResponse response, IHttpResponseBodyFeature inner)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(inner);
        this.response = response;
        this.inner = inner;
    }

    Stream IHttpResponseBodyFeature.Stream => this;

    PipeWriter IHttpResponseBodyFeature.Writer => writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

    /// <summary>From here on every write and flush goes through to the server, after what was kept.</summary>
    public void DisableBuffering()
    {
        passThrough = true;
        inner.DisableBuffering();
    }

    /// <summary>
    /// While the body is kept, nothing: the response starts when it is sent (the server would otherwise send its
    /// headers on their own, and the body could no longer carry its Content-Length). After
    /// <see cref="DisableBuffering"/> or past the limit, sends what is kept and starts the response.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken = default) =>
        passThrough ? StartThroughAsync(cancellationToken) : Task.CompletedTask;

    private async Task StartThroughAsync(CancellationToken cancellationToken)
    {
        await SendKeptAsync(cancellationToken);
        await inner.StartAsync(cancellationToken);
    }

    /// <summary>Sends what is kept, then the file, as the server sends it.</summary>
    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        await SendKeptAsync(cancellationToken);
        await inner.SendFileAsync(path, offset, count, cancellationToken);
    }

    /// <summary>Sends what is kept, then completes the response.</summary>
    public async Task CompleteAsync()
    {
        await SendKeptAsync(default);
        await inner.CompleteAsync();
    }

    /// <summary>
    /// Sends the kept body in one write, with its Content-Length when the response has not started and none is set
    /// (so no chunk framing and no second send for the last chunk). Call once the rest of the pipeline is done.
    /// </summary>
    public async Task SendAsync(CancellationToken cancellationToken = default)
    {
        await FlushWriterAsync(cancellationToken);
        if (length == 0) return;
        if (!response.HasStarted && response.ContentLength is null && !response.Headers.ContainsKey(HeaderNames.TransferEncoding))
            response.ContentLength = length;
        await WriteKeptAsync(cancellationToken);
    }

    // What was written to the body's PipeWriter and not flushed (the server would have sent it at the end) into the
    // kept body. Only from the feature's own calls: the writer's flush writes to this stream.
    private async Task FlushWriterAsync(CancellationToken cancellationToken)
    {
        if (writer is not null) await writer.FlushAsync(cancellationToken);
    }

    // Everything kept so far, the writer's part included, to the server, before a call that goes straight to it.
    private async Task SendKeptAsync(CancellationToken cancellationToken)
    {
        await FlushWriterAsync(cancellationToken);
        await WriteKeptAsync(cancellationToken);
    }

    private Task WriteKeptAsync(CancellationToken cancellationToken)
    {
        if (length == 0) return Task.CompletedTask;
        var kept = store.AsMemory(0, length);
        length = 0;
        var write = inner.Stream.WriteAsync(kept, cancellationToken);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <summary>While the body is kept: it can then be cut back with <see cref="SetLength"/>.</summary>
    public override bool CanSeek => !passThrough;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <summary>The bytes kept, while the body is kept.</summary>
    public override long Length => passThrough ? throw new NotSupportedException() : length;

    /// <summary>Always the end of what is kept: bytes are only ever added at the end.</summary>
    public override long Position { get => Length; set => Seek(value, SeekOrigin.Begin); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Only to the end of what is kept (where the position always is).</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        var end = Length;
        var target = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current or SeekOrigin.End => end + offset, _ => -1 };
        return target == end ? end : throw new NotSupportedException("A kept response body is only written at its end.");
    }

    /// <summary>
    /// Cuts the kept body back to <paramref name="value"/> bytes (<c>Response.Clear()</c> empties it), dropping what
    /// was written to the body's PipeWriter and not flushed. Not once the body goes out as it is written.
    /// </summary>
    public override void SetLength(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Length);
        length = (int)value;
        writer = null;
    }

    /// <summary>A flush sends nothing while the body is kept: it goes out whole at the end.</summary>
    public override void Flush()
    {
        if (passThrough) inner.Stream.Flush();
    }

    /// <inheritdoc cref="Flush" />
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        passThrough ? FlushThroughAsync(cancellationToken) : Task.CompletedTask;

    private async Task FlushThroughAsync(CancellationToken cancellationToken)
    {
        await WriteKeptAsync(cancellationToken);
        await inner.Stream.FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Keeps the bytes; past the limit, or after <see cref="DisableBuffering"/>, writes them through as the server does.</summary>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (TryKeep(buffer)) return;
        // The server's own stream decides whether a synchronous write is allowed, as it would have without this.
        if (length > 0)
        {
            var kept = store.AsSpan(0, length);
            length = 0;
            inner.Stream.Write(kept);
        }
        inner.Stream.Write(buffer);
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Keeps the bytes; past the limit, or after <see cref="DisableBuffering"/>, sends what was kept and then these.</summary>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        TryKeep(buffer.Span) ? ValueTask.CompletedTask : WriteThroughAsync(buffer, cancellationToken);

    private async ValueTask WriteThroughAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await WriteKeptAsync(cancellationToken);
        await inner.Stream.WriteAsync(data, cancellationToken);
    }

    private bool TryKeep(ReadOnlySpan<byte> data)
    {
        if (passThrough) return false;
        var needed = length + data.Length;
        if (needed > Limit)
        {
            // Too big to keep: from here on the body goes out as it is written.
            passThrough = true;
            return false;
        }
        if (store is null || needed > store.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(needed, store is null ? FirstBuffer : Math.Min(Limit, store.Length * 2)));
            if (store is not null)
            {
                store.AsSpan(0, length).CopyTo(grown);
                ArrayPool<byte>.Shared.Return(store);
            }
            store = grown;
        }
        data.CopyTo(store.AsSpan(length));
        length = needed;
        return true;
    }

    /// <summary>
    /// Returns the buffer to the pool; what was kept and not sent is dropped (the request failed). Not done by
    /// <see cref="Stream.Dispose()"/>: a writer that disposes the body it was given must not lose the page.
    /// </summary>
    public void Release()
    {
        if (store is null) return;
        ArrayPool<byte>.Shared.Return(store);
        store = null;
        length = 0;
    }
}
