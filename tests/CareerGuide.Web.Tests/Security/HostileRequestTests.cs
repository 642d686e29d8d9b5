namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// Hostile and malformed requests, sent byte for byte over a socket to the real server: each gets a 4xx
/// or a correct 200, never a 500, and the server answers normally afterwards.
/// </summary>
public sealed class HostileRequestTests(RealServer server) : IClassFixture<RealServer>
{
    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        string[] traversal = ["..", "%2e%2e", "%2E%2E", ".%2e", "..%2f..%2fetc%2fpasswd", "..%5c..%5cwindows", "%2e%2e%2f%2e%2e%2fappsettings.json", "....//....//", "%252e%252e"];
        foreach (var t in traversal)
        {
            data.Add("GET", $"/careers/{t}");
            data.Add("GET", $"/careers/machine-learning-engineer/{t}");
            data.Add("GET", $"/articles/{t}");
            data.Add("GET", $"/css/{t}");
            data.Add("GET", $"/{t}/{t}/etc/passwd");
        }
        string[] odd =
        [
            "/careers/a%2Fb", "/careers/machine-learning-engineer%2Fskills", "/careers/%00", "/careers/x%00y", "/careers/machine-learning-engineer/%00",
            "/careers/caf%C3%A9", "/careers/%E2%80%AE%E2%80%AE", "/careers/%C3%28", "/careers/%FF%FE", "/careers/%", "/careers/%zz",
            "/careers/" + new string('a', 3000), "/careers/machine-learning-engineer/" + new string('9', 500),
            "/careers/MACHINE-LEARNING-ENGINEER", "/careers//machine-learning-engineer", "/careers/machine-learning-engineer//skills",
            "/search?q=" + new string('x', 7000), "/search?q=%00%FF%C3%28", "/search?q[]=a&q[]=b", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/compare?careers=" + string.Join(",", Enumerable.Repeat("machine-learning-engineer", 100)),
            "/compare?careers=machine-learning-engineer,machine-learning-engineer", "/compare?careers=,,,,", "/compare?careers=%00",
            "/careers/machine-learning-engineer/fit?s=abc&s=99999999999999999999&s=-1&answered=1",
            "/careers?industry=%00&sort=%FF&salary[]=1", "/?utm_source=x&unknown=1&a=%E0%A4", "/readyz?x=1", "/feed.xml?format=json",
            "/sitemap.xml/..", "/robots.txt%00.html", "/favicon.ico",
        ];
        foreach (var url in odd) data.Add("GET", url);
        foreach (var method in new[] { "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "BREW" })
        {
            data.Add(method, "/");
            data.Add(method, "/careers/machine-learning-engineer/skills");
            data.Add(method, "/search?q=python");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Never_answers_500_and_keeps_serving(string method, string target)
    {
        var status = await server.Raw(method, target, method is "POST" or "PUT" or "PATCH" ? "a=1&s=2" : null);
        Assert.InRange(status, 200, 499);
        Assert.Equal(200, await server.Raw("GET", "/careers/machine-learning-engineer/skills"));
    }

    [Theory]
    [InlineData("/careers/machine-learning-engineer%2Fskills", 404)]
    [InlineData("/careers/caf%C3%A9", 404)]
    [InlineData("/careers/x%00y", 400)] // Kestrel refuses a NUL in the path before the app sees it.
    [InlineData("/careers/%2e%2e", 200)] // Kestrel resolves the dot segment: this is the home page, as a browser would ask for it.
    public async Task Malformed_career_slugs_get_a_clean_answer(string target, int status) => Assert.Equal(status, await server.Raw("GET", target));

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("TRACE")]
    [InlineData("BREW")]
    public async Task Methods_other_than_get_and_head_are_405(string method) =>
        Assert.Equal(405, await server.Raw(method, "/careers/machine-learning-engineer/skills"));

    [Fact]
    public async Task Options_answers_which_methods_are_allowed() =>
        Assert.Equal(204, await server.Raw("OPTIONS", "/careers/machine-learning-engineer/skills"));

    [Fact]
    public async Task Head_answers_like_get_without_a_body() =>
        Assert.Equal(200, await server.Raw("HEAD", "/careers/machine-learning-engineer"));
}
