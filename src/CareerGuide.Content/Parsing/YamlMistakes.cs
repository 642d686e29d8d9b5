using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// Turns the YAML mistakes editors make most into messages in their words, at the place to fix, where
/// YamlDotNet's own message would point elsewhere or name no field.
/// </summary>
internal static class YamlMistakes
{
    /// <summary>A tab in a line's indentation (YAML indents with spaces only), at the tab itself.</summary>
    public static ContentProblemAt? TabIndentation(string yaml, int firstLine)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
                return new ContentProblemAt(firstLine + i, tab + 1, "a tab is used for indentation, and YAML indents with spaces only: replace the tab with spaces");
        }
        return null;
    }

    /// <summary>The first field given twice in the same group, with its full path and both lines.</summary>
    public static ContentProblemAt? DuplicateKey(string yaml, int firstLine)
    {
        // Walk the parser's events (which allow duplicates) keeping the path: a mapping remembers each key's
        // line and whether a key or a value comes next; a list counts its items.
        var stack = new Stack<Frame>();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                var parent = stack.Count > 0 ? stack.Peek() : null;
                if (parent is { IsMapping: true, ExpectKey: true } && current is Scalar key)
                {
                    var path = Path(stack, key.Value);
                    var line = firstLine + (int)key.Start.Line - 1;
                    if (parent.Keys.TryGetValue(key.Value, out var first))
                        return new ContentProblemAt(line, (int)key.Start.Column, $"{path} is given twice, lines {first} and {line}; keep one");
                    parent.Keys[key.Value] = line;
                    parent.CurrentKey = key.Value;
                    parent.ExpectKey = false;
                    continue;
                }
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        stack.Push(new Frame(current is MappingStart));
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        Advance(stack);
                        break;
                    case Scalar or AnchorAlias:
                        Advance(stack);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Another mistake comes first; YamlDotNet's message is the better one then.
        }
        return null;
    }

    // A value has been read in the frame on top: a mapping expects its next key, a list moves to its next item.
    private static void Advance(Stack<Frame> stack)
    {
        if (stack.Count == 0) return;
        var frame = stack.Peek();
        if (frame.IsMapping) frame.ExpectKey = true;
        else frame.Index++;
    }

    private static string Path(Stack<Frame> stack, string key)
    {
        var text = new System.Text.StringBuilder();
        foreach (var frame in stack.Reverse().SkipLast(1))
        {
            if (frame.IsMapping) text.Append(text.Length == 0 ? frame.CurrentKey : "." + frame.CurrentKey);
            else text.Append('[').Append(frame.Index).Append(']');
        }
        return text.Length == 0 ? key : $"{text}.{key}";
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectKey { get; set; } = true;

        public string CurrentKey { get; set; } = string.Empty;

        public int Index { get; set; }

        public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);
    }
}
