using System.Text;

namespace CareerGuide.Web.Hosting;

/// <summary>
/// Console output written in 64 KB blocks instead of one system call per line, as nginx writes its access
/// log with <c>buffer=64k</c>: the request log writes an event per request, and a write call per event showed in
/// the profile of a cached page served on one core. What is buffered is written out at least every
/// <c>flushInterval</c> and when the app stops, so nothing is lost on a clean shutdown.
/// </summary>
public sealed class BufferedConsoleOutput : IDisposable
{
    private const int BlockBytes = 64 * 1024;
    private readonly StreamWriter buffer;
    private readonly Timer timer;
    private TextWriter? replaced;

    /// <summary>Buffers writes to <paramref name="target"/>, flushing every <paramref name="flushInterval"/>.</summary>
    public BufferedConsoleOutput(Stream target, TimeSpan flushInterval)
    {
        buffer = new StreamWriter(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BlockBytes) { AutoFlush = false, NewLine = "\n" };
        // Synchronized: the request log writes from its own thread, the timer from another.
        Writer = TextWriter.Synchronized(buffer);
        timer = new Timer(_ => Flush(), null, flushInterval, flushInterval);
    }

    /// <summary>The buffered writer, safe to use from any thread.</summary>
    public TextWriter Writer { get; }

    /// <summary>
    /// Makes the process's standard output buffered (<see cref="Console.Out"/>), flushed every second and at
    /// dispose, which also puts the previous writer back. For the real process only, never inside tests.
    /// </summary>
    public static BufferedConsoleOutput Install()
    {
        var output = new BufferedConsoleOutput(Console.OpenStandardOutput(), TimeSpan.FromSeconds(1)) { replaced = Console.Out };
        Console.SetOut(output.Writer);
        return output;
    }

    /// <summary>Writes out whatever is buffered.</summary>
    public void Flush()
    {
        try
        {
            Writer.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Standard output closed (the reader went away): there is nowhere left to write.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        timer.Dispose();
        if (replaced is not null) Console.SetOut(replaced);
        Flush();
    }
}
