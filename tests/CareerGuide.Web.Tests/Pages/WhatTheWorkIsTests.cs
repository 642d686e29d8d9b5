using System.Text.Json;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.ContentServing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Pages;

/// <summary>
/// An imported guide says what the work is first, in the editors' words, everywhere a student looks: the snapshot's
/// opening, the page's description and link preview, the Occupation JSON-LD, lists (one line), compare's first row,
/// search; and its main duties as 03 at <c>/day</c>. The figures sentence leads Market.
/// </summary>
public sealed class WhatTheWorkIsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static string Text(AngleSharp.Dom.IElement? e) => string.Join(' ', (e?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Content.Model.CareerGuide Nurse => site.Services.GetRequiredService<ContentStore>().Current.FindGuide("registered-nurse")!;

    [Fact]
    public async Task The_guide_opens_with_the_definition_and_its_head_and_json_ld_describe_the_work()
    {
        var definition = Nurse.Summary;
        Assert.StartsWith("Registered nurses care for people who are sick, hurt or recovering.", definition, StringComparison.Ordinal);
        var page = await site.Page("/careers/registered-nurse");
        Assert.Equal(definition, Text(page.QuerySelector("#snapshot p.summary")));
        // A description is at most 200 characters, cut at a word.
        Assert.Equal(Display.Shorten(definition), page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Display.Shorten(definition), page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        var occupation = page.QuerySelectorAll("script[type='application/ld+json']")
            .SelectMany(s => Objects(JsonDocument.Parse(s.TextContent).RootElement))
            .Single(j => j.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "Occupation");
        Assert.Equal(definition, occupation.GetProperty("description").GetString());
    }

    // Every object in a JSON-LD block, nested ones included.
    private static IEnumerable<JsonElement> Objects(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(e),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    [Fact]
    public async Task The_main_duties_are_section_03_at_its_own_url_and_the_figures_sentence_leads_market()
    {
        var day = await site.Page("/careers/registered-nurse/day");
        Assert.Equal(["Check and record patients' vital signs, like pulse and temperature", "Give medicines and watch for side effects",
            "Plan each patient's care with doctors and other health workers", "Teach patients and families about illness, healing and staying healthy",
            "Lead and guide nursing aides and other care staff"], day.QuerySelectorAll("ul.duties li").Select(li => li.TextContent));
        Assert.Null(day.QuerySelector(".timeline"));
        Assert.StartsWith("The main duties of the work: Check and record", day.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        // The hand-written guide keeps its timed day.
        Assert.NotNull((await site.Page("/careers/machine-learning-engineer/day")).QuerySelector("ol.timeline"));

        var market = await site.Page("/careers/registered-nurse/market");
        Assert.StartsWith("In 2024, about 3,391,000 people in the United States worked as registered nurses.", Text(market.QuerySelector(".section-market p.summary")), StringComparison.Ordinal);
        Assert.DoesNotContain("worked as registered nurses", Text((await site.Page("/careers/registered-nurse/snapshot")).QuerySelector(".section-snapshot")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_show_one_line_of_it_cut_at_a_word_and_compare_starts_with_it()
    {
        var line = Display.OneLine(Nurse.Summary);
        Assert.Equal("Registered nurses care for people who are sick, hurt or recovering.", line);
        AngleSharp.Dom.IElement? card = null;
        for (var page = 1; card is null && page <= 3; page++)
            card = (await site.Page($"/careers?group=healthcare-practitioners-and-technical&page={page}")).QuerySelectorAll("article.card")
                .SingleOrDefault(c => Text(c.QuerySelector("h2")) == "Registered Nurse");
        Assert.NotNull(card);
        Assert.Equal(line, Text(card.QuerySelector("p")));
        var group = await site.Page("/groups/" + Slug.FromName(CareerGroup.NameOf(Nurse.Section<SnapshotSection>()!.Group!)));
        var row = group.QuerySelectorAll("tbody th").Single(th => Text(th.QuerySelector("a")) == "Registered Nurse");
        Assert.Equal(line, Text(row.QuerySelector(".definition")));

        var compare = await site.Page("/compare?careers=registered-nurse,electrician");
        var first = compare.QuerySelector("tbody tr:not(.group)")!;
        Assert.Equal("What the work is", Text(first.QuerySelector("th")));
        Assert.Equal(Nurse.Summary, Text(first.QuerySelector("td")));
    }

    [Fact]
    public async Task Search_finds_a_career_by_the_words_of_its_definition()
    {
        // "Temporary platforms" is in no title: only the definitions that explain scaffolding use it.
        var results = await site.Page("/search?q=" + Uri.EscapeDataString("temporary platforms"));
        var titles = results.QuerySelectorAll(".result-title").Select(Text).ToList();
        Assert.Contains("Construction Laborer", titles);
        var laborer = results.QuerySelectorAll(".result-title").First(t => Text(t) == "Construction Laborer").ParentElement!;
        Assert.Contains("temporary platforms", Text(laborer.QuerySelector(".snippet")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Short. And short.", "Short.")]
    [InlineData("One sentence with no full stop", "One sentence with no full stop")]
    [InlineData("Home health and personal care aides help people who are sick, disabled or elderly with daily life and with many other things besides. Then more.",
        "Home health and personal care aides help people who are sick, disabled or elderly with daily life and with…")]
    public void One_line_is_the_first_sentence_cut_at_a_word(string text, string line) => Assert.Equal(line, Display.OneLine(text));
}
