using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerGuide.Import.Writing;

/// <summary>Writes YAML scalars the same way every time, quoting only what YAML would read as something else.</summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "~", "n/a", "y", "n",
    };

    /// <summary>A string as a plain scalar when that reads back as the same string, else double-quoted.</summary>
    public static string Scalar(string text)
    {
        return PlainSafe().IsMatch(text) && !Reserved.Contains(text) && !LooksNumeric().IsMatch(text) ? text : Quoted(text);
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>A number as invariant digits: <c>93600</c>, <c>4.9</c>, <c>31.75</c>.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    // Letters, digits, spaces and common punctuation, not starting with an indicator and with no ': ' or ' #'.
    [GeneratedRegex(@"^[A-Za-z0-9(][A-Za-z0-9 ,.'()/&+*-]*[A-Za-z0-9.)*']$|^[A-Za-z0-9]$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^[-+]?(\.?[0-9][0-9_,.]*|0x[0-9a-fA-F]+|0o[0-7]+)$|^[-+]?\.(inf|nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksNumeric();
}
