using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareerGuide.Content.Parsing;

/// <summary>
/// A quick reader for the plain YAML that almost every guide's front matter is written in (the import writes it,
/// and editors mostly follow its shape): block mappings and lists, one-line plain or double-quoted values without
/// escapes, lists of words in brackets, and <c>&gt;</c> or <c>|</c> blocks of evenly indented lines. It gives the
/// same parsing events as YamlDotNet's parser, positions included, faster, and gives up
/// (null) on anything else, which YamlDotNet then reads: comments after a value, tabs, anchors, tags, quotes or
/// colons in brackets, flow mappings, escapes, values continued on the next line, empty values, blank or
/// more-indented lines inside a block. So every mistake is still reported by YamlDotNet, in its words, and what
/// is read is never read differently.
/// </summary>
internal static class SimpleYaml
{
    private static readonly System.Buffers.SearchValues<char> NotInBrackets = System.Buffers.SearchValues.Create("[]{}\"':#&*!|>%@`?");

    /// <summary>The events YamlDotNet's parser would give for <paramref name="yaml"/>; null when it is not of the plain kind.</summary>
    public static List<ParsingEvent>? TryRead(string yaml)
    {
        foreach (var c in yaml)
        {
            // Tabs, carriage returns, other line breaks, control and non-printable characters: YamlDotNet's rules, not ours.
            if ((c < ' ' && c != '\n') || c is (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff') return null;
        }
        // Spaces after the last line break: YamlDotNet's end positions there follow rules of their own.
        if (yaml.Length > 0 && yaml[^1] == ' ' && yaml.AsSpan(yaml.LastIndexOf('\n') + 1).Trim(' ').IsEmpty) return null;
        var reader = new Reader(yaml);
        return reader.Document() ? reader.Events : null;
    }

    /// <summary>Replays events as a parser, for <see cref="YamlDotNet.RepresentationModel.YamlStream.Load(IParser)"/>.</summary>
    internal sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = next < events.Count ? events[next++] : null;
            return Current is not null;
        }
    }

    private sealed class Reader
    {
        private readonly string text;
        private readonly List<(int Start, int End, int Indent)> lines = [];
        private int line;
        // Where the current line's content starts when an item's "- " is in front of it (a mapping begun on the
        // item's line); -1 for the line's own indentation.
        private int itemStart = -1;

        public Reader(string text)
        {
            this.text = text;
            var start = 0;
            var indent = 0;
            var counting = true;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    lines.Add((start, i, indent));
                    start = i + 1;
                    indent = 0;
                    counting = true;
                }
                else if (counting && text[i] == ' ')
                {
                    indent++;
                }
                else
                {
                    counting = false;
                }
            }
        }

        public List<ParsingEvent> Events { get; } = [];

        public bool Document()
        {
            Events.Add(new StreamStart(At(0), At(0)));
            SkipIgnorable();
            if (line == lines.Count || Indent(line) != 0) return false;
            var start = At(lines[line].Start);
            Events.Add(new DocumentStart(null, null, true, start, start));
            if (!Mapping(0)) return false;
            SkipIgnorable();
            if (line != lines.Count) return false;
            var end = End();
            Events.Add(new DocumentEnd(true, end, end));
            Events.Add(new StreamEnd(end, end));
            return true;
        }

        private bool Mapping(int indent)
        {
            var first = true;
            while (NextEntry(indent, out var start, out var end))
            {
                if (start - lines[line].Start > indent) return false;
                var colon = KeyEnd(start, end);
                if (colon < 0) return false;
                if (first)
                {
                    Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, At(start), At(start)));
                    first = false;
                }
                Events.Add(Plain(start, colon, isKey: true));
                if (!Value(colon + 1, end, indent)) return false;
            }
            if (first) return false;
            Events.Add(new MappingEnd(Here(), Here()));
            return true;
        }

        private bool Sequence(int indent)
        {
            var first = true;
            while (NextEntry(indent, out var start, out var end))
            {
                if (start - lines[line].Start > indent || !IsItem(start, end)) return false;
                if (first)
                {
                    Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, At(start), At(start)));
                    first = false;
                }
                var content = start + 1;
                while (content < end && text[content] == ' ') content++;
                // An item alone on its line, or a list in a list: left to YamlDotNet.
                if (content == end || IsItem(content, end)) return false;
                if (KeyEnd(content, end) >= 0)
                {
                    itemStart = content;
                    if (!Mapping(content - lines[line].Start)) return false;
                }
                else if (!Value(content, end, indent))
                {
                    return false;
                }
            }
            if (first) return false;
            Events.Add(new SequenceEnd(Here(), Here()));
            return true;
        }

        // Moves to the next line with content: false when there is none, or it is indented less than a mapping
        // or list at this indentation (which then ends there).
        private bool NextEntry(int indent, out int start, out int end)
        {
            SkipIgnorable();
            start = end = 0;
            if (line == lines.Count) return false;
            start = ContentStart();
            end = lines[line].End;
            return start - lines[line].Start >= indent;
        }

        // A value after "key:" or "- ": on the same line, or a block below it indented deeper than its parent.
        private bool Value(int position, int end, int parentIndent)
        {
            while (position < end && text[position] == ' ') position++;
            if (position == end)
            {
                NextLine();
                SkipIgnorable();
                if (line == lines.Count) return false;
                var start = ContentStart();
                var column = start - lines[line].Start;
                if (column <= parentIndent) return false; // an empty value
                return IsItem(start, lines[line].End) ? Sequence(column) : Mapping(column);
            }
            while (text[end - 1] == ' ') end--;
            switch (text[position])
            {
                case '>' or '|':
                    return BlockScalar(position, end, parentIndent);
                case '[':
                    if (!FlowList(position, end)) return false;
                    break;
                case '"':
                    var close = text.IndexOf('"', position + 1, end - position - 1);
                    if (close != end - 1 || text.AsSpan(position + 1, close - position - 1).Contains('\\')) return false;
                    Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, text[(position + 1)..close], ScalarStyle.DoubleQuoted,
                        false, true, At(position), At(end)));
                    break;
                default:
                    if (!IsPlain(position, end)) return false;
                    Events.Add(Plain(position, end, isKey: false));
                    break;
            }
            NextLine();
            // A deeper line after a one-line value would continue it (or be a mistake): YamlDotNet's to read.
            SkipIgnorable();
            return line == lines.Count || Indent(line) <= parentIndent;
        }

        // ">", ">-", "|" or "|-" and the lines below it, all at one indentation, none blank between them.
        private bool BlockScalar(int position, int end, int parentIndent)
        {
            var header = text.AsSpan(position, end - position);
            if (header is not (">" or ">-" or "|" or "|-")) return false;
            var folded = header[0] == '>';
            var strip = header.Length == 2;
            NextLine();
            var parts = new List<string>();
            var indent = -1;
            var blank = false;
            for (; line < lines.Count; line++)
            {
                if (IsBlank(line))
                {
                    blank = true;
                    continue;
                }
                var lineIndent = Indent(line);
                if (indent < 0)
                {
                    if (lineIndent <= parentIndent) return false;
                    indent = lineIndent;
                }
                else if (lineIndent < indent)
                {
                    break;
                }
                var (start, lineEnd, _) = lines[line];
                if (lineIndent > indent || blank || text[lineEnd - 1] == ' ') return false;
                parts.Add(text[(start + indent)..lineEnd]);
            }
            if (parts.Count == 0) return false;
            var value = string.Join(folded ? ' ' : '\n', parts) + (strip ? string.Empty : "\n");
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, folded ? ScalarStyle.Folded : ScalarStyle.Literal,
                false, true, At(position), At(line < lines.Count ? lines[line].Start : text.Length)));
            return true;
        }

        // "[a, b c, d]" on one line: words only (no quotes, colons, brackets, braces or '#'), none empty.
        private bool FlowList(int open, int end)
        {
            if (text[end - 1] != ']') return false;
            var close = end - 1;
            var items = text.AsSpan(open + 1, close - open - 1);
            if (items.IndexOfAny(NotInBrackets) >= 0) return false;
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, At(open), At(open)));
            if (!items.Trim(' ').IsEmpty)
            {
                var start = open + 1;
                while (start <= close)
                {
                    var comma = text.IndexOf(',', start, close - start);
                    var stop = comma < 0 ? close : comma;
                    var first = start;
                    var last = stop;
                    while (first < last && text[first] == ' ') first++;
                    while (last > first && text[last - 1] == ' ') last--;
                    if (first == last || (text[first] == '-' && (first + 1 == last || text[first + 1] == ' '))) return false;
                    Events.Add(Plain(first, last, isKey: false));
                    start = stop + 1;
                }
            }
            Events.Add(new SequenceEnd(At(close), At(close)));
            return true;
        }

        // The colon after a key made of letters, digits, '_' and '-' (not first), followed by a space or the line's end; -1 if none.
        private int KeyEnd(int start, int end)
        {
            if (!char.IsAsciiLetterOrDigit(text[start]) && text[start] != '_') return -1;
            var i = start + 1;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
            return i < end && text[i] == ':' && (i + 1 == end || text[i + 1] == ' ') ? i : -1;
        }

        private bool IsItem(int start, int end) => text[start] == '-' && (start + 1 == end || text[start + 1] == ' ');

        // A one-line plain value that cannot be anything else: no indicator first, no ": " or " #" inside, no ':' last.
        private bool IsPlain(int start, int end)
        {
            // '-', '?' and ':' may begin one when a character other than a space follows (-0.1).
            if ("-?:".Contains(text[start], StringComparison.Ordinal) ? start + 1 == end || text[start + 1] == ' '
                : ",[]{}#&*!|>'\"%@`".Contains(text[start], StringComparison.Ordinal)) return false;
            var span = text.AsSpan(start, end - start);
            return !span.Contains(": ", StringComparison.Ordinal) && !span.Contains(" #", StringComparison.Ordinal) && span[^1] != ':';
        }

        private Scalar Plain(int start, int end, bool isKey) =>
            new(AnchorName.Empty, TagName.Empty, text[start..end], ScalarStyle.Plain, true, false, At(start), At(end), isKey);

        private int ContentStart() => itemStart >= 0 ? itemStart : lines[line].Start + Indent(line);

        private int Indent(int index) => lines[index].Indent;

        private bool IsBlank(int index) => Indent(index) == lines[index].End - lines[index].Start;

        private bool IsComment(int index) => !IsBlank(index) && text[lines[index].Start + Indent(index)] == '#';

        private void SkipIgnorable()
        {
            while (line < lines.Count && itemStart < 0 && (IsBlank(line) || IsComment(line))) line++;
        }

        private void NextLine()
        {
            line++;
            itemStart = -1;
        }

        // Where the next token begins: the end of a mapping, a list or a block.
        private Mark Here() => line < lines.Count ? At(ContentStart()) : End();

        // The end of the text; without a last line break, where the next line would begin.
        private Mark End() => text.Length > 0 && text[^1] == '\n' ? At(text.Length) : new Mark(text.Length, lines.Count + 1, 1);

        // YamlDotNet's marks count lines and columns from 1. Almost every position asked for is on the current line.
        private Mark At(int index)
        {
            var row = line < lines.Count && index >= lines[line].Start && index <= lines[line].End ? line : Row(index);
            return new Mark(index, row + 1, index - lines[row].Start + 1);
        }

        private int Row(int index)
        {
            int low = 0, high = lines.Count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (lines[middle].Start <= index) low = middle;
                else high = middle - 1;
            }
            return low;
        }
    }
}
