using CareerGuide.Content.Search;

namespace CareerGuide.Content.Tests.Search;

/// <summary>Words as search sees them: lower case, accents removed, stop words and single letters dropped.</summary>
public sealed class TokensTests
{
    [Fact]
    public void Terms_are_lower_case_without_accents_once_each_in_order()
    {
        Assert.Equal(["cafe", "naive", "ai", "powered", "resume", "2034", "strasse", "lodz"], Tokens.Terms("Café CAFÉ naïve: the AI-powered Résumé, x 2034 a cafe Straße Łódź"));
    }

    [Fact]
    public void Every_word_keeps_its_place_in_the_original_text()
    {
        const string Text = "Hello, Wörld of AI";
        var tokens = Tokens.All(Text).ToList();
        Assert.Equal(["hello", "world", "of", "ai"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(t.Term, Tokens.Normalize(Text.Substring(t.Start, t.Length))));
        Assert.Equal(7, tokens[1].Start);
    }

    [Fact]
    public void Nothing_to_search_gives_no_terms() => Assert.Empty(Tokens.Terms("   …  — a the of "));
}
