using System.Globalization;
using System.Reflection;
using CareerGuide.Web.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Sinks.SystemConsole.Themes;

namespace CareerGuide.Web.Tests.Hosting;

/// <summary>
/// The fast console sink must write, character for character, what Serilog's console sink writes with the same
/// template in plain text. The reference is the console sink's own template renderer.
/// </summary>
public sealed class FastConsoleSinkTests
{
    private const string RequestTemplate = RequestLogMiddleware.Template;

    /// <summary>The console sink's renderer for <see cref="FastConsoleSink.Template"/>, without colours.</summary>
    private static ITextFormatter Reference()
    {
        var type = typeof(ConsoleTheme).Assembly.GetType("Serilog.Sinks.SystemConsole.Output.OutputTemplateRenderer", throwOnError: true)!;
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Single();
        var arguments = constructor.GetParameters().Select(p =>
            p.ParameterType == typeof(ConsoleTheme) ? ConsoleTheme.None
            : p.ParameterType == typeof(string) ? FastConsoleSink.Template
            : p.ParameterType == typeof(bool) ? false
            : (object?)null).ToArray();
        return (ITextFormatter)constructor.Invoke(arguments);
    }

    private sealed class Collector : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];
        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }

    /// <summary>Events as Serilog makes them: the request event and every kind of scalar, each level.</summary>
    private static List<LogEvent> FlatEvents()
    {
        var collector = new Collector();
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(collector).CreateLogger())
        {
            var requests = logger.ForContext("SourceContext", "Serilog.AspNetCore.RequestLoggingMiddleware");
            requests.ForContext("ClientAddress", "127.0.0.1").Information(RequestTemplate, "GET", "/careers/registered-nurse/skills", 200, 0.123456789);
            requests.ForContext("ClientAddress", null).Information(RequestTemplate, "GET", "/search?q=\"nurse\" & <care>", 404, 1234.5);
            requests.ForContext("ClientAddress", "::1").Error(RequestTemplate, "POST", "/careers", 405, 0.0);
            logger.Verbose("Verbose {Count}", 1);
            logger.Debug("Debug {Flag} and {Other}", true, false);
            logger.Warning("Content loaded from {Root}: {Guides} guides, {Articles} articles in {Milliseconds} ms", "/srv/content", 832, 1, 1234L);
            logger.Fatal("Odd values {Char} {Null} {Decimal} {Float} {Nan} {Guid} {Date} {Offset} {Span}",
                'x', null, 12.50m, 1.5f, double.NaN, Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
                new DateTime(2026, 12, 2, 3, 4, 5, DateTimeKind.Utc), new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.FromHours(-5)), TimeSpan.FromMinutes(90));
            logger.Information("Formats {Number:N2} {Hex:X4} {Date:yyyy-MM-dd} {Text:l} {Quoted}", 1234567.891, 255, new DateTime(2026, 1, 2), "plain", "q\"uote\\d\n");
            logger.Information("A {Missing} placeholder and {Present}", "here");
            logger.ForContext("Extra", 3.25).ForContext("Flag", true).ForContext("When", new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc))
                .ForContext("Letter", 'q').ForContext("Big", ulong.MaxValue).ForContext("Inf", double.PositiveInfinity)
                .ForContext("Half", 0.5f).ForContext("Id", Guid.Empty).ForContext("Nothing", null).ForContext("Escape", "tab\there \u2028 é")
                .Information("Extras only");
            // Properties named as the output template's own parts are left out of {Properties}.
            logger.ForContext("Level", "custom").ForContext("Message", "m").ForContext("Kept", 1).Information("Names {Name}", "n");
            logger.Information("No properties at all, {{braces}} kept");
        }
        return collector.Events;
    }

    [Fact]
    public void Flat_events_come_out_as_the_console_sink_writes_them()
    {
        var reference = Reference();
        var events = FlatEvents();
        Assert.Equal(12, events.Count);
        foreach (var logEvent in events)
        {
            var expected = new StringWriter(CultureInfo.InvariantCulture);
            reference.Format(logEvent, expected);
            var actual = new StringWriter(CultureInfo.InvariantCulture);
            Assert.True(FastConsoleSink.TryFormat(logEvent, actual), $"declined: {expected}");
            Assert.Equal(expected.ToString(), actual.ToString());
        }
    }

    [Fact]
    public void Other_events_are_declined_for_the_console_sink_to_write()
    {
        var collector = new Collector();
        using (var logger = new LoggerConfiguration().WriteTo.Sink(collector).CreateLogger())
        {
            logger.Error(new InvalidOperationException("boom"), "Failed {Path}", "/x");
            logger.Information("Structured {@Value}", new { A = 1, B = "two" });
            logger.Information("A list {Items}", new[] { 1, 2, 3 });
            logger.Information("Aligned {Name,10}|", "left");
            logger.ForContext("Tags", new[] { "a", "b" }).Information("A sequence among the properties");
        }
        Assert.Equal(5, collector.Events.Count);
        foreach (var logEvent in collector.Events)
            Assert.False(FastConsoleSink.TryFormat(logEvent, new StringWriter(CultureInfo.InvariantCulture)), logEvent.MessageTemplate.Text);
    }

    [Fact]
    public void The_sink_writes_both_kinds_to_standard_output_as_the_console_sink_would()
    {
        var reference = Reference();
        var console = new StringWriter(CultureInfo.InvariantCulture);
        var previous = Console.Out;
        var collector = new Collector();
        try
        {
            Console.SetOut(console);
            using var sink = new FastConsoleSink(FastConsoleSink.Template, redirected: true);
            using var logger = new LoggerConfiguration().WriteTo.Sink(sink).WriteTo.Sink(collector).CreateLogger();
            logger.Information("Fast console test {Kind}", "flat");
            logger.Error(new InvalidOperationException("boom"), "Fast console test {Kind}", "with an exception");
        }
        finally
        {
            Console.SetOut(previous);
        }
        // Other tests' hosts may write to the console meanwhile: each event must be there whole, as the reference renders it.
        var written = console.ToString();
        Assert.Equal(2, collector.Events.Count);
        foreach (var logEvent in collector.Events)
        {
            var expected = new StringWriter(CultureInfo.InvariantCulture);
            reference.Format(logEvent, expected);
            Assert.StartsWith("[", expected.ToString(), StringComparison.Ordinal);
            Assert.Contains(expected.ToString(), written, StringComparison.Ordinal);
        }
        Assert.Contains("InvalidOperationException: boom", written, StringComparison.Ordinal);
    }
}
