using CareerGuide.Content.Search;

namespace CareerGuide.Content.Tests.Search;

/// <summary>The 404 page's closest-career lookup: right answers, and a bounded amount of work whatever the size.</summary>
public sealed class SlugIndexTests
{
    private static readonly string[] Words =
    [
        "registered", "nurse", "electrician", "software", "developer", "data", "scientist", "civil", "engineer", "dental",
        "hygienist", "chef", "head", "cook", "police", "officer", "plumber", "pipefitter", "teacher", "middle", "school",
        "high", "assistant", "manager", "technician", "medical", "records", "specialist", "truck", "driver", "heavy",
        "web", "designer", "graphic", "operator", "machine", "pharmacy", "physical", "therapist", "aide", "sales",
    ];

    // n distinct slugs of two to four words, the same every run.
    private static List<string> Catalog(int n)
    {
        var random = new Random(29);
        var slugs = new HashSet<string>(StringComparer.Ordinal) { "registered-nurse", "electrician", "software-developer" };
        while (slugs.Count < n)
        {
            var parts = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Words[random.Next(Words.Length)]);
            slugs.Add(string.Join('-', parts) + (slugs.Count % 3 == 0 ? "-" + random.Next(1000) : string.Empty));
        }
        return [.. slugs];
    }

    private static readonly string[] Queries =
    [
        "registerd-nurse", "electric", "software-develper", "nurse", "xq", "zzzzzzzzzzzzzz", "a", "teacher-school-middle",
        "data-data-data-data-data-data", "technician-technician-technician-technician-technician-technician",
    ];

    [Theory]
    [InlineData(800)]
    [InlineData(20_000)]
    public void Finds_the_closest_slug_in_a_small_catalog_and_a_large_one(int size)
    {
        var index = new SlugIndex(Catalog(size));
        Assert.Equal("registered-nurse", index.Closest("registerd-nurse"));
        Assert.Equal("registered-nurse", index.Closest("Registered-Nurse"));
        Assert.Equal("electrician", index.Closest("electrican"));
        Assert.Equal("software-developer", index.Closest("software-develper"));
        Assert.Null(index.Closest("qqqqqqqqqqqqqqqqqqqq"));
    }

    [Fact]
    public void A_lookup_examines_a_bounded_number_of_candidates_whatever_the_catalog_size()
    {
        var small = new SlugIndex(Catalog(800));
        var large = new SlugIndex(Catalog(20_000));
        foreach (var query in Queries)
        {
            var inSmall = small.Find(query);
            var inLarge = large.Find(query);
            Assert.InRange(inSmall.Compared, 0, SlugIndex.MaxCandidates);
            Assert.InRange(inLarge.Compared, 0, SlugIndex.MaxCandidates);
            Assert.InRange(inLarge.PostingsRead, 0, SlugIndex.MaxTrigrams * SlugIndex.MaxPostings);
        }
        // The large catalog's common trigrams have thousands of entries; no lookup reads more than the cap.
        var common = large.Find("technician-technician-technician-technician-technician-technician");
        Assert.Equal(SlugIndex.MaxCandidates, common.Compared);
        Assert.True(common.PostingsRead <= SlugIndex.MaxTrigrams * SlugIndex.MaxPostings, $"read {common.PostingsRead}");
    }

    [Theory]
    [InlineData("wp-login.php")]
    [InlineData(".env")]
    [InlineData("")]
    [InlineData("careers/../../etc/passwd")]
    [InlineData("a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a")]
    public void Text_that_cannot_be_a_slug_costs_nothing(string text)
    {
        var match = new SlugIndex(Catalog(800)).Find(text);
        Assert.Equal(new SlugMatch(null, 0, 0), match);
    }
}
