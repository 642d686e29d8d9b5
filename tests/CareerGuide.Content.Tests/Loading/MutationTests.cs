using System.Text;
using CareerGuide.Content.Loading;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Tests.Loading;

/// <summary>
/// The shipped guide, damaged thousands of ways (lines deleted, truncated, characters swapped, random bytes):
/// loading never throws, and always yields either a guide or at least one error, every problem inside the file.
/// The seeds are fixed, so a failure names a mutation that can be replayed.
/// </summary>
public sealed class MutationTests
{
    private static readonly byte[] Original = File.ReadAllBytes(Path.Combine(TestFiles.RepositoryContent, "careers", "machine-learning-engineer.md"));

    private static readonly string[] KindNames = ["delete-lines", "truncate", "swap-characters", "random-bytes", "duplicate-lines", "indent", "insert-punctuation"];

    public static TheoryData<string> Kinds() => [.. KindNames];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Damaged_guides_never_throw_and_always_explain_themselves(string kind)
    {
        var random = new Random(20261121 + Array.IndexOf(KindNames, kind));
        var outcomes = new Dictionary<string, int> { ["guide"] = 0, ["errors"] = 0 };
        for (var i = 0; i < 400; i++)
        {
            var bytes = Mutate(kind, Original, random);
            ParseResult<CareerGuide.Content.Model.CareerGuide> result;
            try
            {
                result = ContentLoader.FromBytes("m.md", "m", bytes, (file, slug, text) => CareerGuideParser.Parse(file, slug, text, TestFiles.Today));
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"mutation {i} of kind {kind} threw", e);
            }

            var lines = bytes.Count(b => b == (byte)'\n') + 1;
            foreach (var problem in result.Problems)
            {
                Assert.InRange(problem.Line, 1, lines + 1);
                Assert.True(problem.Column >= 1, problem.ToString());
                Assert.False(string.IsNullOrWhiteSpace(problem.Message));
            }
            if (result.Value is null) Assert.Contains(result.Problems, p => p.IsError);
            outcomes[result.Value is null ? "errors" : "guide"]++;
        }
        Assert.Equal(400, outcomes["guide"] + outcomes["errors"]);
    }

    private static byte[] Mutate(string kind, byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        switch (kind)
        {
            case "delete-lines":
                for (var n = random.Next(1, 4); n > 0 && lines.Count > 1; n--) lines.RemoveAt(random.Next(lines.Count));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case "truncate":
                return original[..random.Next(original.Length)];
            case "swap-characters":
            {
                var chars = Encoding.UTF8.GetString(original).ToCharArray();
                for (var n = random.Next(1, 6); n > 0; n--)
                {
                    var at = random.Next(chars.Length - 1);
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                }
                return Encoding.UTF8.GetBytes(chars);
            }
            case "random-bytes":
            {
                var bytes = (byte[])original.Clone();
                for (var n = random.Next(1, 8); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            }
            case "duplicate-lines":
            {
                var at = random.Next(lines.Count);
                lines.Insert(at, lines[at]);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }
            case "insert-punctuation":
            {
                const string Punctuation = "*&!?[]{}|>%@`\"':-,#\\";
                var text = Encoding.UTF8.GetString(original);
                for (var n = random.Next(1, 4); n > 0; n--) text = text.Insert(random.Next(text.Length), Punctuation[random.Next(Punctuation.Length)].ToString());
                return Encoding.UTF8.GetBytes(text);
            }
            default:
            {
                var at = random.Next(lines.Count);
                lines[at] = new string(' ', random.Next(1, 5)) + lines[at];
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }
        }
    }
}
