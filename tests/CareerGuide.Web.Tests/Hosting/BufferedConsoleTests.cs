using System.Text;
using CareerGuide.Web.Hosting;
using Serilog;

namespace CareerGuide.Web.Tests.Hosting;

/// <summary>The console output the request log goes to: written in 64 KB blocks, flushed on a timer and when the app stops.</summary>
public sealed class BufferedConsoleTests
{
    [Fact]
    public async Task Lines_from_many_threads_are_written_whole_in_blocks_and_all_of_them_at_dispose()
    {
        var target = new MemoryStream();
        var console = new BufferedConsoleOutput(target, TimeSpan.FromHours(1));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++) console.Writer.WriteLine($"thread {t} line {i} " + new string('x', 40));
        })));
        // 2,000 lines of about 60 bytes: some 64 KB blocks written, the rest still in the buffer.
        Assert.InRange(target.Length, 1, 119_999);
        console.Dispose();
        var lines = Encoding.UTF8.GetString(target.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2000, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^thread \d line \d+ x{40}$", l));
    }

    [Fact]
    public async Task What_is_written_reaches_the_output_within_the_flush_interval()
    {
        var target = new MemoryStream();
        using var console = new BufferedConsoleOutput(target, TimeSpan.FromMilliseconds(100));
        console.Writer.WriteLine("one short line");
        Assert.Equal(0, target.Length);
        for (var waited = 0; target.Length == 0 && waited < 3000; waited += 50) await Task.Delay(50);
        Assert.Equal("one short line\n", Encoding.UTF8.GetString(target.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_writer_that_flushes_after_every_line_still_writes_in_blocks()
    {
        // Serilog's console sink flushes its writer after each event: that must not become a write per request.
        var target = new MemoryStream();
        using var console = new BufferedConsoleOutput(target, TimeSpan.FromHours(1));
        for (var i = 0; i < 100; i++)
        {
            console.Writer.WriteLine($"request {i}");
            console.Writer.Flush();
        }
        Assert.Equal(0, target.Length);
        console.Flush();
        Assert.Equal(100, Encoding.UTF8.GetString(target.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Serilogs_console_sink_writes_through_it_in_blocks()
    {
        var target = new MemoryStream();
        using var console = new BufferedConsoleOutput(target, TimeSpan.FromHours(1));
        var previous = Console.Out;
        try
        {
            Console.SetOut(console.Writer);
            using (var logger = new LoggerConfiguration().WriteTo.Console(outputTemplate: "{Message:lj}{NewLine}").CreateLogger())
            {
                for (var i = 0; i < 50; i++) logger.Information("HTTP GET {Path} responded {Status} (buffered console test)", "/careers", 200);
                Assert.Equal(0, target.Length);
            }
        }
        finally
        {
            Console.SetOut(previous);
        }
        console.Flush();
        // Other tests' hosts may write to the console meanwhile: count this test's lines.
        Assert.Equal(50, Encoding.UTF8.GetString(target.ToArray()).Split('\n').Count(l => l.EndsWith("(buffered console test)", StringComparison.Ordinal)));
    }
}
