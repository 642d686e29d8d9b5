using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// Reads typed fields from one YAML mapping, reporting each problem at the node's position and
/// naming the field by its full path (<c>skills[2].rating</c>). Its nodes are YamlDotNet's, read by <see cref="SimpleYaml"/> when the text is plain and by YamlDotNet otherwise.
/// Every key asked for is remembered, so what was never asked for is an unknown key, with a suggestion.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly YamlSource source;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string path, YamlSource source)
    {
        this.node = node;
        Path = path;
        this.source = source;
    }

    /// <summary>The field path of this mapping, empty at the top.</summary>
    public string Path { get; }

    public int Line => source.Line(node.Start);

    public int Column => (int)node.Start.Column;

    /// <summary>Parses the YAML text; null (with a problem reported) when it is not a mapping.</summary>
    public static YamlMap? Parse(FrontMatter frontMatter, ProblemList problems)
    {
        var source = new YamlSource(problems, frontMatter.FirstLine);
        // The plain YAML of almost every guide is read quickly; anything else, and every mistake, by YamlDotNet.
        if (SimpleYaml.TryRead(frontMatter.Yaml) is { } events && Load(events) is YamlMappingNode quick)
            return new YamlMap(quick, string.Empty, source);
        var stream = new YamlStream();
        var parser = new NodeTrackingParser(new Parser(new StringReader(frontMatter.Yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // Two mistakes YamlDotNet reports far from their cause, or without the field's path.
            if ((YamlMistakes.TabIndentation(frontMatter.Yaml, frontMatter.FirstLine) ?? YamlMistakes.DuplicateKey(frontMatter.Yaml, frontMatter.FirstLine)) is { } known)
            {
                problems.Error(known.Line, known.Column, known.Message);
                return null;
            }
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            problems.Error(source.Line(e.Start), (int)e.Start.Column, $"YAML syntax error: {TrimYamlMessage(message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, on a few malformed inputs (an unclosed '[' before
            // a blank line; a field name left out before ': '). Report them where the last value read begins.
            var at = parser.LastNode?.Start ?? Mark.Empty;
            problems.Error(source.Line(at), Math.Max(1, (int)at.Column),
                "YAML syntax error at or just after this point: check for an unclosed [ or {, a missing quote, or a ':' with no field name before it");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Error(frontMatter.FirstLine, 1, "the front matter must be YAML fields ('key: value'), one per line");
            return null;
        }
        return new YamlMap(root, string.Empty, source);
    }

    // The root of the quick reader's events, or null if YamlDotNet's own loading refuses them (a key given twice).
    private static YamlNode? Load(List<ParsingEvent> events)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new SimpleYaml.Replay(events));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
        return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
    }

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>A scalar as text; null when absent (reported when required).</summary>
    public string? Text(string key, bool required = true)
    {
        var scalar = Scalar(key, required, "text");
        return scalar?.Value;
    }

    /// <summary>A whole number in [min, max].</summary>
    public int? Integer(string key, int min, int max, bool required = true, string? what = null)
    {
        var scalar = Scalar(key, required, "a whole number");
        if (scalar is null) return null;
        if (!int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(scalar, $"{FieldPath(key)}: '{scalar.Value}' is not a whole number; write {what ?? "a number"} from {min} to {max}");
            return null;
        }
        if (value < min || value > max)
        {
            Error(scalar, $"{FieldPath(key)}: {value} is out of range; write {what ?? "a number"} from {min} to {max}");
            return null;
        }
        return value;
    }

    /// <summary>A decimal number in [min, max].</summary>
    public decimal? Number(string key, decimal min, decimal max, bool required = true, string? what = null)
    {
        var scalar = Scalar(key, required, "a number");
        if (scalar is null) return null;
        if (!decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            Error(scalar, $"{FieldPath(key)}: '{scalar.Value}' is not a number; write digits only, e.g. 155000");
            return null;
        }
        if (value < min || value > max)
        {
            Error(scalar, $"{FieldPath(key)}: {value.ToString(CultureInfo.InvariantCulture)} is out of range; write {what ?? "a number"} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    /// <summary>A date written yyyy-mm-dd.</summary>
    public DateOnly? Date(string key, bool required = true)
    {
        var scalar = Scalar(key, required, "a date");
        if (scalar is null) return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(scalar, $"{FieldPath(key)}: '{scalar.Value}' is not a date; write it as yyyy-mm-dd, e.g. 2026-03-31");
        return null;
    }

    /// <summary>true or false; the default when absent.</summary>
    public bool Flag(string key, bool absent = false)
    {
        var scalar = Scalar(key, required: false, "true or false");
        if (scalar is null) return absent;
        if (bool.TryParse(scalar.Value, out var value)) return value;
        Error(scalar, $"{FieldPath(key)}: '{scalar.Value}' is not true or false");
        return absent;
    }

    /// <summary>One of a fixed set of words.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = true) where T : struct
    {
        var scalar = Scalar(key, required, "one of " + string.Join(", ", choices.Keys));
        if (scalar is null) return null;
        if (choices.TryGetValue(scalar.Value, out var value)) return value;
        var hint = DidYouMean.Closest(scalar.Value, choices.Keys);
        Error(scalar, $"{FieldPath(key)}: '{scalar.Value}' is not allowed; write one of: {string.Join(", ", choices.Keys)}"
            + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
        return null;
    }

    /// <summary>A list of text items; null when absent.</summary>
    public IReadOnlyList<string>? TextList(string key, bool required = true)
    {
        var sequence = Sequence(key, required);
        if (sequence is null) return null;
        var items = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var scalar = AsScalar(sequence.Children[i], $"{FieldPath(key)}[{i}]", "text", required: true);
            if (scalar is not null) items.Add(scalar.Value);
        }
        return items;
    }

    /// <summary>A list of scalars with their positions; empty when absent.</summary>
    public IReadOnlyList<YamlValue> ScalarList(string key)
    {
        var sequence = Sequence(key, required: false);
        if (sequence is null) return [];
        var items = new List<YamlValue>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var scalar = AsScalar(sequence.Children[i], $"{FieldPath(key)}[{i}]", "text", required: true);
            if (scalar is not null) items.Add(scalar);
        }
        return items;
    }

    /// <summary>A nested mapping; null when absent.</summary>
    public YamlMap? Map(string key, bool required = true)
    {
        var value = Get(key, required);
        if (value is null) return null;
        if (value is YamlMappingNode mapping) return new YamlMap(mapping, FieldPath(key), source);
        ErrorAt(value, $"{FieldPath(key)}: expected fields ('name: value' lines indented under it), found {Describe(value)}");
        return null;
    }

    /// <summary>True when the field is there and is a group of fields (a mapping) rather than a list or a value.</summary>
    public bool IsMap(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode;

    /// <summary>A list of mappings; null when absent.</summary>
    public IReadOnlyList<YamlMap>? MapList(string key, bool required = true)
    {
        var sequence = Sequence(key, required);
        if (sequence is null) return null;
        var items = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlMappingNode mapping)
                items.Add(new YamlMap(mapping, $"{FieldPath(key)}[{i}]", source));
            else
                ErrorAt(sequence.Children[i], $"{FieldPath(key)}[{i}]: expected an entry with fields, found {Describe(sequence.Children[i])}");
        }
        return items;
    }

    /// <summary>A scalar with its position, for values parsed by the caller (times, URLs).</summary>
    public YamlValue? Scalar(string key, bool required, string expected)
    {
        var value = Get(key, required);
        return value is null ? null : AsScalar(value, FieldPath(key), expected, required);
    }

    /// <summary>True when the key is present (and remembers it as known).</summary>
    public bool Has(string key)
    {
        known.Add(key);
        return node.Children.ContainsKey(new YamlScalarNode(key));
    }

    /// <summary>Reports every key that no reader asked for, suggesting the closest known one.</summary>
    public void ReportUnknownKeys(Func<string, string?>? explain = null)
    {
        foreach (var (keyNode, _) in node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (known.Contains(key)) continue;
            var hint = DidYouMean.Closest(key, known);
            var extra = explain?.Invoke(key)
                ?? (hint is null ? $"known fields here: {string.Join(", ", known)}" : $"did you mean '{hint}'?");
            source.Problems.Error(source.Line(keyNode.Start), (int)keyNode.Start.Column,
                $"{FieldPath(key)}: unknown field '{key}'; {extra}");
        }
    }

    public void Error(YamlValue at, string message) => source.Problems.Error(at.Line, at.Column, message);

    public void Warning(YamlValue at, string message) => source.Problems.Warning(at.Line, at.Column, message);

    /// <summary>Reports a problem at the start of this mapping.</summary>
    public void Error(string message) => source.Problems.Error(Line, Column, message);

    /// <summary>Reports advice at the start of this mapping.</summary>
    public void Warning(string message) => source.Problems.Warning(Line, Column, message);

    private YamlNode? Get(string key, bool required)
    {
        known.Add(key);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value)) return value;
        if (required) Error($"{FieldPath(key)}: required field '{key}' is missing{(Path.Length == 0 ? string.Empty : $" in {Path}")}");
        return null;
    }

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        var value = Get(key, required);
        if (value is null) return null;
        if (value is YamlSequenceNode sequence)
        {
            if (sequence.Children.Count == 0 && required)
                ErrorAt(value, $"{FieldPath(key)}: the list is empty; add at least one '- ' entry");
            return sequence;
        }
        ErrorAt(value, $"{FieldPath(key)}: expected a list ('- ' entries), found {Describe(value)}");
        return null;
    }

    private YamlValue? AsScalar(YamlNode value, string field, string expected, bool required)
    {
        if (value is YamlScalarNode scalar)
        {
            if (IsNull(scalar))
            {
                if (required) ErrorAt(value, $"{field}: the value is empty; write {expected}");
                return null;
            }
            return new YamlValue(scalar.Value ?? string.Empty, source.Line(value.Start), (int)value.Start.Column);
        }
        ErrorAt(value, $"{field}: expected {expected}, found {Describe(value)}");
        return null;
    }

    private void ErrorAt(YamlNode at, string message) =>
        source.Problems.Error(source.Line(at.Start), (int)at.Start.Column, message);

    private static bool IsNull(YamlNode value) => value is YamlScalarNode { Style: ScalarStyle.Plain } s
        && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode value) => value switch
    {
        YamlMappingNode => "a group of fields",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...)": our prefix says that already.
    private static string TrimYamlMessage(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}

/// <summary>A scalar's text and its position in the file.</summary>
internal sealed record YamlValue(string Value, int Line, int Column);

/// <summary>Maps positions in the YAML text to positions in the file.</summary>
internal sealed record YamlSource(ProblemList Problems, int FirstLine)
{
    public int Line(Mark mark) => FirstLine + (int)mark.Line - 1;
}

/// <summary>A parser that remembers the last value (scalar, alias, start of a list or mapping) it produced.</summary>
internal sealed class NodeTrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public ParsingEvent? LastNode { get; private set; }

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is Scalar or AnchorAlias or SequenceStart or MappingStart) LastNode = inner.Current;
        return moved;
    }
}
