using System.Globalization;
using System.Text;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;
using Serilog.Parsing;
using Serilog.Sinks.SystemConsole.Themes;

namespace CareerGuide.Web.Hosting;

/// <summary>
/// Serilog's console sink, with the commonest line written by a short path of its own: the same characters, at a
/// fraction of the cost. Console output is where every request's event goes, and formatting it through the console
/// sink's general template renderer took about a twelfth of a core per cached page (docs/performance.md).
/// </summary>
/// <remarks>
/// The short path is taken only when the output goes to a file or a pipe (the console sink then writes plain text,
/// no colours), the output template is <see cref="Template"/>, and the event is flat: no exception, no aligned
/// placeholder, every value a scalar. It renders exactly as the console sink does (the tests compare the two on every
/// kind of value). Anything else, and every event in a terminal, is handed to the console sink itself.
/// </remarks>
public sealed class FastConsoleSink : ILogEventSink, IDisposable
{
    /// <summary>The output template the short path knows: appsettings.json's.</summary>
    public const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    // The names the output template itself uses: Properties leaves a property of one of these names out.
    private static readonly HashSet<string> TemplateNames =
        new MessageTemplateParser().Parse(Template).Tokens.OfType<PropertyToken>().Select(t => t.PropertyName).ToHashSet();
    private static readonly string[] Levels = ["VRB", "DBG", "INF", "WRN", "ERR", "FTL"];

    private readonly Logger console;
    private readonly bool shortPath;
    private readonly StringBuilder line = new(256);
    private readonly StringWriter lineWriter;
    private readonly Lock writing = new();

    /// <summary>
    /// A console sink with <paramref name="outputTemplate"/>; the short path when it is <see cref="Template"/> and the
    /// output is <paramref name="redirected"/> (by default: whether standard output goes to a file or a pipe).
    /// </summary>
    public FastConsoleSink(string outputTemplate = Template, bool? redirected = null)
    {
        var plain = redirected ?? Console.IsOutputRedirected;
        // Plain text when redirected, as the console sink itself decides; its own choice of colours in a terminal.
        console = new LoggerConfiguration().MinimumLevel.Verbose()
            .WriteTo.Console(outputTemplate: outputTemplate, theme: plain ? ConsoleTheme.None : null).CreateLogger();
        shortPath = outputTemplate == Template && plain;
        lineWriter = new StringWriter(line, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        if (shortPath)
        {
            lock (writing)
            {
                line.Clear();
                if (TryFormat(logEvent, lineWriter))
                {
                    var output = Console.Out;
                    output.Write(line);
                    output.Flush();
                    return;
                }
            }
        }
        console.Write(logEvent);
    }

    /// <summary>
    /// Writes <paramref name="logEvent"/> as <see cref="Template"/> renders it in plain text, or returns false (having
    /// written part of it, perhaps) if it is not flat.
    /// </summary>
    internal static bool TryFormat(LogEvent logEvent, TextWriter output)
    {
        if (logEvent.Exception is not null || (int)logEvent.Level is < 0 or > 5) return false;
        var properties = logEvent.Properties;
        var tokens = logEvent.MessageTemplate.Tokens;

        // [{Timestamp:HH:mm:ss} {Level:u3}]
        Span<char> time = stackalloc char[16];
        if (!logEvent.Timestamp.TryFormat(time, out var written, "HH:mm:ss", CultureInfo.InvariantCulture)) return false;
        output.Write('[');
        output.Write(time[..written]);
        output.Write(' ');
        output.Write(Levels[(int)logEvent.Level]);
        output.Write("] ");

        // {Message:lj}: text as written; strings without quotes; other scalars as displayed (a char in single
        // quotes); a missing value as its placeholder.
        foreach (var token in tokens)
        {
            if (token is TextToken text)
            {
                output.Write(text.Text);
                continue;
            }
            var placeholder = (PropertyToken)token;
            if (placeholder.Alignment is not null) return false;
            if (!properties.TryGetValue(placeholder.PropertyName, out var value))
            {
                output.Write(placeholder.ToString());
                continue;
            }
            if (value is not ScalarValue scalar) return false;
            switch (scalar.Value)
            {
                case null: output.Write("null"); break;
                case string s: output.Write(s); break;
                case char c: output.Write('\''); output.Write(c); output.Write('\''); break;
                case bool b: output.Write(b); break;
                default: scalar.Render(output, placeholder.Format); break;
            }
        }

        // {Properties:j}: the others, as a JSON object.
        output.Write(" {");
        var first = true;
        foreach (var (name, value) in properties)
        {
            if (TemplateNames.Contains(name) || InMessage(tokens, name)) continue;
            if (value is not ScalarValue scalar) return false;
            if (!first) output.Write(", ");
            first = false;
            JsonValueFormatter.WriteQuotedJsonString(name, output);
            output.Write(": ");
            WriteJson(scalar.Value, output);
        }
        output.Write('}');
        output.WriteLine();
        return true;
    }

    private static bool InMessage(IEnumerable<MessageTemplateToken> tokens, string name)
    {
        foreach (var token in tokens)
            if (token is PropertyToken placeholder && placeholder.PropertyName == name) return true;
        return false;
    }

    // A scalar inside the JSON object, as the console sink writes one.
    private static void WriteJson(object? value, TextWriter output)
    {
        switch (value)
        {
            case null: output.Write("null"); break;
            case string s: JsonValueFormatter.WriteQuotedJsonString(s, output); break;
            case int or uint or long or ulong or decimal or byte or sbyte or short or ushort:
                output.Write(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)); break;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                JsonValueFormatter.WriteQuotedJsonString(d.ToString(CultureInfo.InvariantCulture), output); break;
            case double d: output.Write(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case float f when float.IsNaN(f) || float.IsInfinity(f):
                JsonValueFormatter.WriteQuotedJsonString(f.ToString(CultureInfo.InvariantCulture), output); break;
            case float f: output.Write(f.ToString("R", CultureInfo.InvariantCulture)); break;
            case bool b: output.Write(b ? "true" : "false"); break;
            case char c: JsonValueFormatter.WriteQuotedJsonString(c.ToString(), output); break;
            case DateTime or DateTimeOffset:
                output.Write('"');
                output.Write(((IFormattable)value).ToString("O", CultureInfo.InvariantCulture));
                output.Write('"');
                break;
            default: JsonValueFormatter.WriteQuotedJsonString(value.ToString() ?? "", output); break;
        }
    }

    /// <inheritdoc />
    public void Dispose() => console.Dispose();
}
