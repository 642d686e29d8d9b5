using System.Buffers;
using System.Text;
using CareerGuide.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Hosting;

/// <summary>
/// With Server:InlineIo, Kestrel sends every flush of a body at once; a page written in pieces must go to the server
/// in one write, with its Content-Length, and a body too big to keep, a file, or a stream that disables buffering must
/// go out as before.
/// </summary>
public sealed class WholeBodyStreamTests
{
    /// <summary>The server's side: every write and flush it is asked for, in order.</summary>
    private sealed class ServerBody : WriteOnlyStream
    {
        public List<string> Calls { get; } = [];
        public MemoryStream Sent { get; } = new();
        public bool AllowSynchronousIo { get; init; } = true;

        public override void Flush() => Calls.Add("flush");

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Calls.Add("flush");
            return Task.CompletedTask;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!AllowSynchronousIo) throw new InvalidOperationException("Synchronous operations are disallowed.");
            Calls.Add($"write {buffer.Length}");
            Sent.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            Calls.Add($"write {buffer.Length}");
            Sent.Write(buffer.Span);
        }
    }

    private sealed class ServerFeature(ServerBody body) : StreamResponseBodyFeature(body)
    {
        public override Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken)
        {
            body.Calls.Add($"file {Path.GetFileName(path)}");
            return Task.CompletedTask;
        }
    }

    private static (DefaultHttpContext Context, ServerBody Server, ServerFeature Feature) Request(bool allowSynchronousIo = true)
    {
        var context = new DefaultHttpContext();
        var server = new ServerBody { AllowSynchronousIo = allowSynchronousIo };
        var feature = new ServerFeature(server);
        context.Features.Set<IHttpResponseBodyFeature>(feature);
        return (context, server, feature);
    }

    private static byte[] Bytes(int count, byte value) => Enumerable.Repeat(value, count).ToArray();

    [Fact]
    public async Task A_body_written_and_flushed_in_pieces_reaches_the_server_in_one_write_with_its_length()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        await body.WriteAsync(Bytes(1000, 1));
        await body.FlushAsync();
        await body.WriteAsync(Bytes(3000, 2));
        await body.FlushAsync();
        body.Write(Bytes(500, 3)); // a synchronous write only copies: nothing reaches the server
        Assert.Empty(server.Calls);
        Assert.Equal(4500, body.Length);

        await body.SendAsync();
        body.Release();

        Assert.Equal(["write 4500"], server.Calls);
        Assert.Equal(4500, context.Response.ContentLength);
        Assert.Equal([.. Bytes(1000, 1), .. Bytes(3000, 2), .. Bytes(500, 3)], server.Sent.ToArray());
    }

    [Fact]
    public async Task A_length_already_set_is_left_alone_and_an_empty_body_sends_nothing()
    {
        var (context, server, feature) = Request();
        context.Response.ContentLength = 10;
        var body = new WholeBodyStream(context.Response, feature);
        await body.WriteAsync(Bytes(10, 7));
        await body.SendAsync();
        Assert.Equal(10, context.Response.ContentLength);
        Assert.Equal(["write 10"], server.Calls);

        var (empty, emptyServer, emptyFeature) = Request();
        var nothing = new WholeBodyStream(empty.Response, emptyFeature);
        await nothing.SendAsync();
        Assert.Empty(emptyServer.Calls);
        Assert.Null(empty.Response.ContentLength); // a 304 or a HEAD must not get "Content-Length: 0" from here
    }

    [Fact]
    public async Task A_body_past_the_limit_goes_out_as_it_is_written_in_order_and_without_a_length_from_here()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        var first = Bytes(WholeBodyStream.Limit - 100, 1);
        await body.WriteAsync(first);
        Assert.Empty(server.Calls);
        await body.WriteAsync(Bytes(200, 2)); // past the limit: what was kept, then this
        await body.WriteAsync(Bytes(50, 3));
        await body.FlushAsync();
        await body.SendAsync();
        body.Release();

        Assert.Equal([$"write {first.Length}", "write 200", "write 50", "flush"], server.Calls);
        Assert.Null(context.Response.ContentLength);
        Assert.Equal([.. first, .. Bytes(200, 2), .. Bytes(50, 3)], server.Sent.ToArray());
    }

    [Fact]
    public async Task After_disable_buffering_every_write_and_flush_goes_through()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        await body.WriteAsync(Bytes(10, 1));
        ((IHttpResponseBodyFeature)body).DisableBuffering();
        await body.WriteAsync(Bytes(20, 2));
        await body.FlushAsync();
        Assert.Equal(["write 10", "write 20", "flush"], server.Calls);
    }

    [Fact]
    public async Task Starting_the_response_waits_for_the_body_while_it_is_kept_and_goes_through_after_disable_buffering()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        await ((IHttpResponseBodyFeature)body).StartAsync();
        await body.WriteAsync(Bytes(10, 1));
        Assert.Empty(server.Calls);
        ((IHttpResponseBodyFeature)body).DisableBuffering();
        await ((IHttpResponseBodyFeature)body).StartAsync();
        Assert.Equal(["write 10", "flush"], server.Calls); // StreamResponseBodyFeature starts with a flush
    }

    [Fact]
    public async Task While_kept_the_body_can_be_cut_back_with_what_its_writer_holds_and_only_written_at_its_end()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        await body.WriteAsync(Bytes(10, 1));
        var writer = ((IHttpResponseBodyFeature)body).Writer;
        writer.Write(Bytes(5, 2)); // not flushed
        Assert.True(body.CanSeek);
        Assert.Equal(10, body.Position);
        Assert.Throws<NotSupportedException>(() => body.Seek(0, SeekOrigin.Begin));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.SetLength(11));

        body.SetLength(0);
        await ((IHttpResponseBodyFeature)body).Writer.WriteAsync(Bytes(3, 3));
        await body.SendAsync();
        Assert.Equal(Bytes(3, 3), server.Sent.ToArray());

        ((IHttpResponseBodyFeature)body).DisableBuffering();
        Assert.False(body.CanSeek);
        Assert.Throws<NotSupportedException>(() => body.SetLength(0));
    }

    [Fact]
    public async Task A_file_follows_what_was_kept()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        await body.WriteAsync(Bytes(10, 1));
        await ((IHttpResponseBodyFeature)body).SendFileAsync("/srv/site.css", 0, null);
        Assert.Equal(["write 10", "file site.css"], server.Calls);
    }

    [Fact]
    public void A_synchronous_write_that_must_reach_the_server_is_refused_as_the_server_refuses_it()
    {
        var (context, server, feature) = Request(allowSynchronousIo: false);
        var body = new WholeBodyStream(context.Response, feature);
        body.Write(Bytes(100, 1)); // kept: no I/O
        ((IHttpResponseBodyFeature)body).DisableBuffering();
        Assert.Throws<InvalidOperationException>(() => body.Write(Bytes(1, 2)));
        Assert.Empty(server.Calls);
    }

    [Fact]
    public async Task Disposing_the_body_loses_nothing_and_release_drops_an_unsent_one()
    {
        var (context, server, feature) = Request();
        var body = new WholeBodyStream(context.Response, feature);
        await body.WriteAsync(Bytes(10, 1));
        await body.DisposeAsync(); // a writer that disposes the stream it was given
        await body.SendAsync();
        Assert.Equal(["write 10"], server.Calls);

        var (failed, failedServer, failedFeature) = Request();
        var unsent = new WholeBodyStream(failed.Response, failedFeature);
        await unsent.WriteAsync(Bytes(10, 1));
        unsent.Release();
        await unsent.SendAsync();
        Assert.Empty(failedServer.Calls);
    }

    // The middleware that UseLeaveSocketThread adds, run on the thread pool as a test host runs a request.
    private static RequestDelegate Pipeline(bool inlineIo, RequestDelegate page)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HostingExtensions.InlineIoSetting] = inlineIo ? "true" : "false" })
            .Build();
        using var services = new ServiceCollection().BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseLeaveSocketThread(configuration);
        app.Run(page);
        return app.Build();
    }

    private static async Task WriteInThreePieces(HttpContext context)
    {
        foreach (var piece in new[] { "<p>one</p>", "<p>two</p>", "<p>three</p>" })
        {
            await context.Response.WriteAsync(piece);
            await context.Response.Body.FlushAsync();
        }
    }

    // Response.WriteAsync(string) starts the response, writes to the body's PipeWriter and flushes it; the page then
    // flushes the body's stream too.
    [Theory]
    [InlineData(true, new[] { "write 32" })]
    [InlineData(false, new[] { "write 10", "write 10", "write 12" })]
    public async Task With_inline_io_a_page_is_sent_whole_and_without_it_as_written(bool inlineIo, string[] writes)
    {
        var (context, server, feature) = Request();
        await Task.Run(() => Pipeline(inlineIo, WriteInThreePieces)(context));
        Assert.Equal(writes, server.Calls.Where(c => c.StartsWith("write", StringComparison.Ordinal)));
        if (inlineIo) Assert.Equal(writes, server.Calls); // nor a flush or a start before it
        Assert.Equal("<p>one</p><p>two</p><p>three</p>", Encoding.UTF8.GetString(server.Sent.ToArray()));
        Assert.Same(feature, context.Features.Get<IHttpResponseBodyFeature>());
        Assert.Equal(inlineIo ? 32 : null, context.Response.ContentLength);
    }

    [Fact]
    public async Task With_inline_io_a_page_that_throws_halfway_sends_nothing_so_the_error_page_can_be_sent()
    {
        var (context, server, feature) = Request();
        var pipeline = Pipeline(inlineIo: true, async c =>
        {
            await c.Response.WriteAsync("<p>half a page");
            await c.Response.Body.FlushAsync();
            throw new InvalidOperationException("the page failed");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => pipeline(context)));
        Assert.Empty(server.Calls);
        Assert.Same(feature, context.Features.Get<IHttpResponseBodyFeature>());
    }

    // The exception handler sits inside: it clears the response (Response.Clear, which empties a body that can
    // seek) and writes the error page. With the body kept, nothing of the failed page may go out before it.
    [Fact]
    public async Task With_inline_io_a_page_that_throws_halfway_is_replaced_by_the_error_page_not_followed_by_it()
    {
        var (context, server, _) = Request();
        var pipeline = Pipeline(inlineIo: true, async c =>
        {
            try
            {
                await c.Response.WriteAsync("<p>half a page");
                await c.Response.Body.FlushAsync();
                throw new InvalidOperationException("the page failed");
            }
            catch (InvalidOperationException)
            {
                c.Response.Clear();
                c.Response.StatusCode = 500;
                await c.Response.WriteAsync("<p>error page</p>");
            }
        });
        await Task.Run(() => pipeline(context));
        Assert.Equal("<p>error page</p>", Encoding.UTF8.GetString(server.Sent.ToArray()));
        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal(17, context.Response.ContentLength);
    }

    // The real site, as a test host runs it (on the thread pool), with and without the setting: the same page, and
    // with it a Content-Length that is the compressed body's.
    [Fact]
    public async Task With_inline_io_the_site_sends_a_rendered_page_whole_with_its_length_and_the_same_bytes()
    {
        async Task<(byte[] Body, long? Length, string? Encoding)> Get(SiteFactory site)
        {
            using var client = site.Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/careers/electrician/skills", UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request);
            Assert.Equal(200, (int)response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            // As sent (HttpContent.Headers.ContentLength would count the body when the header is missing).
            long? length = response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var sent) ? long.Parse(sent.ToString(), System.Globalization.CultureInfo.InvariantCulture) : null;
            return (body, length, response.Content.Headers.ContentEncoding.SingleOrDefault());
        }

        static string Html(byte[] gzip)
        {
            using var unzip = new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(unzip);
            return reader.ReadToEnd();
        }

        using var plain = new SiteFactory { Settings = { ["Caching:Output"] = "false" } };
        using var inline = new SiteFactory { Settings = { ["Caching:Output"] = "false", [HostingExtensions.InlineIoSetting] = "true" } };
        var (plainBody, plainLength, plainEncoding) = await Get(plain);
        var (inlineBody, inlineLength, inlineEncoding) = await Get(inline);
        Assert.Equal("gzip", plainEncoding);
        Assert.Equal("gzip", inlineEncoding);
        Assert.Null(plainLength); // compressed as it is written: chunked
        Assert.Equal(inlineBody.Length, inlineLength);
        Assert.Equal(Html(plainBody), Html(inlineBody));
    }
}
