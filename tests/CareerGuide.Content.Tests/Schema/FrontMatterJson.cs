using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerGuide.Content.Tests.Schema;

/// <summary>
/// Turns a file's YAML front matter into JSON the way YAML editor plug-ins do (YAML 1.2 core schema:
/// plain true/false are booleans, plain numbers are numbers, quoted scalars are strings).
/// </summary>
internal static partial class FrontMatterJson
{
    /// <summary>The front matter as JSON, or null when the file has none or it is not valid YAML.</summary>
    public static JsonNode? Read(string text)
    {
        var match = FrontMatter().Match(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!match.Success) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(match.Groups[1].Value));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Not valid YAML: an editor plug-in has no JSON to check either (YamlDotNet throws the last two,
            // without a position, on a few malformed inputs).
            return null;
        }
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
        YamlScalarNode quoted => JsonValue.Create(quoted.Value),
        _ => null,
    };

    private static JsonValue? Plain(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Integer().IsMatch(value)) return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        if (Float().IsMatch(value)) return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"\A---\n(.*?)\n(---|\.\.\.)\s*(\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
