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
        // Synchronized: the request log writes from its own thread, the timer from another. Writers' own Flush calls
        // are held back (Serilog's console sink flushes after every event, which made one write call per request).
        Writer = TextWriter.Synchronized(new HeldFlushWriter(buffer) { NewLine = "\n" });
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
            // The synchronized writer locks on itself: so does this, so no line is cut in two.
            lock (Writer) buffer.Flush();
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

    /// <summary>Passes writes to the buffer and ignores Flush: only the owner's timer and dispose write out.</summary>
    private sealed class HeldFlushWriter(StreamWriter buffer) : TextWriter
    {
        public override Encoding Encoding => buffer.Encoding;
        public override void Write(char value) => buffer.Write(value);
        public override void Write(char[] chars, int index, int count) => buffer.Write(chars, index, count);
        public override void Write(ReadOnlySpan<char> value) => buffer.Write(value);
        public override void Write(string? value) => buffer.Write(value);
        public override void WriteLine(string? value) => buffer.WriteLine(value);
        public override void Flush() { }
        public override Task FlushAsync() => Task.CompletedTask;
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
