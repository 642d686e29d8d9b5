using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Events;
using Serilog.Parsing;

namespace CareerGuide.Web.Hosting;

/// <summary>
/// One structured event per request, the one Serilog.AspNetCore's request logging writes: the message
/// <c>HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms</c> with those four properties
/// (the path without the query string, the status as a number, the time in milliseconds as a number) and the
/// client's address as <c>ClientAddress</c>; Information, or Error for a status of 500 and over or an exception
/// (logged with it, as a 500, and thrown on). <c>SourceContext</c> names this class.
/// </summary>
/// <remarks>
/// The same event from a shorter path: no ambient diagnostic context (an async-local set and cleared on every
/// request, which nothing here added to but the address), no state machine when the rest of the pipeline finishes at
/// once (a page the front cache holds), the template parsed once and the common property values made once. On one
/// core Serilog.AspNetCore's middleware and the event it built took about a twelfth of a cached page's processor time
/// (docs/performance.md). <c>RequestLogTests</c> runs every kind of request through both and compares the events.
/// </remarks>
public sealed class RequestLogMiddleware
{
    /// <summary>The message template, Serilog.AspNetCore's default.</summary>
    public const string Template = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";

    private static readonly MessageTemplate ParsedTemplate = new MessageTemplateParser().Parse(Template);

    // Made once: the property values most requests share (ScalarValue and LogEventProperty are immutable).
    private static readonly LogEventProperty Get = new("RequestMethod", new ScalarValue(HttpMethods.Get));
    private static readonly LogEventProperty Head = new("RequestMethod", new ScalarValue(HttpMethods.Head));
    private static readonly LogEventProperty NoAddress = new("ClientAddress", new ScalarValue(null));
    private static readonly LogEventProperty[] Statuses =
        Enumerable.Range(0, 600).Select(status => new LogEventProperty("StatusCode", new ScalarValue(status))).ToArray();

    private readonly RequestDelegate next;
    private readonly Serilog.ILogger logger;

    /// <summary>Writes to <paramref name="logger"/>, with this class as the events' source.</summary>
    public RequestLogMiddleware(RequestDelegate next, Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        this.next = next;
        this.logger = logger.ForContext<RequestLogMiddleware>();
    }

    /// <summary>Runs the rest of the pipeline and writes the request's event when it is done.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        Task rest;
        try
        {
            rest = next(context);
        }
        catch (Exception e) when (Write(context, start, e))
        {
            throw; // never reached: Write returns false, so the exception goes on after it is logged
        }
        if (!rest.IsCompletedSuccessfully) return Awaited(rest, context, start);
        Write(context, start, null);
        return Task.CompletedTask;
    }

    private async Task Awaited(Task rest, HttpContext context, long start)
    {
        try
        {
            await rest;
        }
        catch (Exception e) when (Write(context, start, e))
        {
            throw; // never reached, as above
        }
        Write(context, start, null);
    }

    /// <summary>Writes the event; false, so that it can run as an exception filter and leave the exception be.</summary>
    private bool Write(HttpContext context, long start, Exception? exception)
    {
        var status = exception is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        var level = exception is not null || status >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        if (!logger.IsEnabled(level)) return false;
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var request = context.Request;
        var method = request.Method;
        // The path as the server received it, unescaped, before any PathBase was taken off (as Serilog's).
        var path = context.Features.Get<IHttpRequestFeature>()?.Path;
        if (string.IsNullOrEmpty(path)) path = request.Path.ToString();
        var address = context.Connection.RemoteIpAddress?.ToString();
        LogEventProperty[] properties =
        [
            address is null ? NoAddress : new LogEventProperty("ClientAddress", new ScalarValue(address)),
            method == HttpMethods.Get ? Get
                : method == HttpMethods.Head ? Head : new LogEventProperty("RequestMethod", new ScalarValue(method)),
            new LogEventProperty("RequestPath", new ScalarValue(path)),
            (uint)status < Statuses.Length ? Statuses[status] : new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];
        var activity = Activity.Current;
        logger.Write(new LogEvent(DateTimeOffset.Now, level, exception, ParsedTemplate, properties,
            activity?.TraceId ?? default, activity?.SpanId ?? default));
        return false;
    }
}
