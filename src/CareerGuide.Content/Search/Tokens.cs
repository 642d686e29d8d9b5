using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Search;

/// <summary>Splits text into normalized words (lower case, accents removed), keeping where each word is.</summary>
public static partial class Tokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "how", "i", "in", "is", "it", "of",
        "on", "or", "that", "the", "this", "to", "what", "with", "you", "your",
    };

    /// <summary>A word and its place in the original text.</summary>
    /// <param name="Term">The normalized word.</param>
    /// <param name="Start">Index of its first character in the text.</param>
    /// <param name="Length">Its length in the text.</param>
    public readonly record struct Token(string Term, int Start, int Length);

    /// <summary>Every word of the text, stop words included (snippets need their positions).</summary>
    public static IReadOnlyList<Token> All(string text)
    {
        var tokens = new List<Token>();
        foreach (var match in Word().EnumerateMatches(text))
            tokens.Add(new Token(Normalize(text.AsSpan(match.Index, match.Length)), match.Index, match.Length));
        return tokens;
    }

    /// <summary>The distinct words worth searching for, in the order they first appear.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(text))
        {
            var term = Normalize(text.AsSpan(match.Index, match.Length));
            if (IsSearchable(term) && seen.Add(term)) terms.Add(term);
        }
        return terms;
    }

    /// <summary>False for stop words and single characters.</summary>
    public static bool IsSearchable(string term) => term.Length >= 2 && !StopWords.Contains(term);

    /// <summary>Lower case, without accents: "Café" → "cafe".</summary>
    public static string Normalize(string word) => Normalize(word.AsSpan());

    private static string Normalize(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word))
        {
            // The common case, one allocation: the lower-cased string itself.
            return string.Create(word.Length, word, static (destination, source) => Ascii.ToLower(source, destination, out _));
        }
        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
