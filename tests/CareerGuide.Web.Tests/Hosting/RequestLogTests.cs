using System.Net;
using CareerGuide.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace CareerGuide.Web.Tests.Hosting;

/// <summary>
/// The request log writes, for every request, the event Serilog.AspNetCore's request logging wrote before it (the
/// same message template, properties, values and levels, the client's address included), from a shorter path.
/// Each case runs the same request through both and compares what reached the sink.
/// </summary>
public sealed class RequestLogTests
{
    private sealed class Collector : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent)
        {
            lock (Events) Events.Add(logEvent);
        }
    }

    public static TheoryData<string, string, int> Requests => new()
    {
        { "GET", "/careers/registered-nurse/skills", 200 },
        { "GET", "/search?q=nurse&page=2", 200 },
        { "HEAD", "/careers", 200 },
        { "GET", "/careers/nope", 404 },
        { "POST", "/careers", 405 },
        { "GET", "/caf%C3%A9/%20space", 304 },
        { "GET", "/boom", 503 },
        { "GET", "/error", 500 },
    };

    // One request through a pipeline of `logging` then an endpoint that answers `status` (or throws, when asked to).
    private static async Task<(LogEvent Event, Exception? Thrown)> Run(Action<IApplicationBuilder, Serilog.ILogger> logging,
        string method, string target, int status, bool throws = false)
    {
        var collector = new Collector();
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(collector).CreateLogger();
        var services = new ServiceCollection();
        services.AddSerilog(logger);
        using var provider = services.BuildServiceProvider();
        var app = new ApplicationBuilder(provider);
        logging(app, logger);
        app.Run(context =>
        {
            if (throws) throw new InvalidOperationException("the page failed");
            context.Response.StatusCode = status;
            return Task.Delay(1);
        });
        var pipeline = app.Build();

        var context = new DefaultHttpContext { RequestServices = provider };
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var request = context.Features.Get<IHttpRequestFeature>()!;
        request.Method = method;
        request.Scheme = "http";
        request.Path = Uri.UnescapeDataString(question < 0 ? target : target[..question]);
        request.QueryString = question < 0 ? "" : target[question..];
        request.RawTarget = target;
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
        Exception? thrown = null;
        try
        {
            await pipeline(context);
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }
        return (Assert.Single(collector.Events), thrown);
    }

    private static void Serilogs(IApplicationBuilder app, Serilog.ILogger logger) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.EnrichDiagnosticContext = (context, http) => context.Set("ClientAddress", http.Connection.RemoteIpAddress?.ToString());
        });

    private static void Ours(IApplicationBuilder app, Serilog.ILogger logger) => app.UseMiddleware<RequestLogMiddleware>(logger);

    // Everything but the time taken and the logger's own name must be the same.
    private static void AssertSame(LogEvent expected, LogEvent actual)
    {
        Assert.Equal(expected.Level, actual.Level);
        Assert.Equal(expected.MessageTemplate.Text, actual.MessageTemplate.Text);
        Assert.Equal(expected.Exception, actual.Exception);
        static IEnumerable<string> Shown(LogEvent e) => e.Properties
            .Where(p => p.Key is not ("Elapsed" or "SourceContext"))
            .Select(p => $"{p.Key}={p.Value}");
        Assert.Equal(Shown(expected), Shown(actual));
        Assert.IsType<double>(Assert.IsType<ScalarValue>(actual.Properties["Elapsed"]).Value);
        Assert.IsType<int>(Assert.IsType<ScalarValue>(actual.Properties["StatusCode"]).Value);
        Assert.Equal(typeof(RequestLogMiddleware).FullName, Assert.IsType<ScalarValue>(actual.Properties["SourceContext"]).Value);
        // The message as the console shows it, less the time.
        static string Message(LogEvent e) => e.RenderMessage()[..e.RenderMessage().LastIndexOf(" in ", StringComparison.Ordinal)];
        Assert.Equal(Message(expected), Message(actual));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Each_request_writes_the_event_Serilogs_request_logging_wrote(string method, string target, int status)
    {
        var (expected, _) = await Run(Serilogs, method, target, status);
        var (actual, _) = await Run(Ours, method, target, status);
        AssertSame(expected, actual);
        Assert.Equal(status >= 500 ? LogEventLevel.Error : LogEventLevel.Information, actual.Level);
        Assert.DoesNotContain("?", actual.Properties["RequestPath"].ToString(), StringComparison.Ordinal);
        Assert.Equal("\"192.0.2.7\"", actual.Properties["ClientAddress"].ToString());
        Assert.Equal($"{status}", actual.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task A_request_that_throws_is_logged_as_a_500_error_with_its_exception_and_the_exception_goes_on()
    {
        var (expected, serilogsThrown) = await Run(Serilogs, "GET", "/careers", 200, throws: true);
        var (actual, thrown) = await Run(Ours, "GET", "/careers", 200, throws: true);
        Assert.NotNull(serilogsThrown);
        Assert.Equal("the page failed", Assert.IsType<InvalidOperationException>(thrown).Message);
        Assert.Same(thrown, actual.Exception);
        Assert.Equal(LogEventLevel.Error, actual.Level);
        Assert.Equal("500", actual.Properties["StatusCode"].ToString());
        Assert.Equal(expected.RenderMessage()[..20], actual.RenderMessage()[..20]);
        Assert.Equal(expected.Properties.Keys.Order(), actual.Properties.Keys.Order());
    }

    [Fact]
    public async Task The_time_taken_is_the_requests_own_in_milliseconds()
    {
        var (actual, _) = await Run(Ours, "GET", "/careers", 200);
        var elapsed = (double)((ScalarValue)actual.Properties["Elapsed"]).Value!;
        // The endpoint waits at least a millisecond (Task.Delay(1)); a whole request here takes far less than 5 s.
        Assert.InRange(elapsed, 0.5, 5000);
        Assert.Matches(@" in \d+\.\d{4} ms$", actual.RenderMessage());
    }

    [Fact]
    public async Task A_level_the_logger_leaves_out_writes_nothing_but_errors_still_reach_it()
    {
        var collector = new Collector();
        using var logger = new LoggerConfiguration().MinimumLevel.Error().WriteTo.Sink(collector).CreateLogger();
        using var provider = new ServiceCollection().BuildServiceProvider();
        var app = new ApplicationBuilder(provider);
        Ours(app, logger);
        app.Run(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/fails" ? 500 : 200;
            return Task.CompletedTask;
        });
        var pipeline = app.Build();
        foreach (var path in new[] { "/careers", "/fails", "/careers" })
            await pipeline(new DefaultHttpContext { Request = { Method = "GET", Path = path } });
        var only = Assert.Single(collector.Events);
        Assert.Equal("\"/fails\"", only.Properties["RequestPath"].ToString());
        Assert.Equal("null", only.Properties["ClientAddress"].ToString());
    }
}
