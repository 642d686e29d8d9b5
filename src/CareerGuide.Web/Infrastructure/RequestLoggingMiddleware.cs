using System.Diagnostics;

namespace CareerGuide.Web.Infrastructure;

/// <summary>
/// Writes one structured event per request: method, path, status and elapsed milliseconds.
/// (Serilog.AspNetCore's request logging is not available here, so this is the small equivalent.)
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    /// <summary>Times the rest of the pipeline and logs the outcome, failures included.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 2);
            LogRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);
}
