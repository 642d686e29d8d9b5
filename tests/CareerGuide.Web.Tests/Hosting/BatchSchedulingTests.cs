using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CareerGuide.Web.Hosting;

namespace CareerGuide.Web.Tests.Hosting;

/// <summary>
/// Server:BatchScheduling: the app's own process (started here as it is started in production, not inside the tests'
/// host) runs every thread under Linux's batch policy once it serves pages, and under the default policy when the
/// setting is off.
/// </summary>
public sealed partial class BatchSchedulingTests
{
    [LinuxFact]
    public async Task The_apps_own_process_schedules_every_thread_as_batch_work_by_default()
    {
        var policies = await PoliciesOfServingApp(setting: null);
        Assert.True(policies.Count > 5, $"{policies.Count} threads");
        Assert.All(policies, policy => Assert.Equal(BatchScheduling.Batch, policy));
    }

    [LinuxFact]
    public async Task With_the_setting_off_every_thread_keeps_the_default_policy()
    {
        var policies = await PoliciesOfServingApp(setting: "false");
        Assert.True(policies.Count > 5, $"{policies.Count} threads");
        Assert.All(policies, policy => Assert.Equal(BatchScheduling.Normal, policy));
    }

    // Starts the built app on a free port with the made-up fixture content, waits for its first 200 (so the socket
    // thread and pool threads exist), reads every thread's policy and stops it.
    private static async Task<List<int>> PoliciesOfServingApp(string? setting)
    {
        var app = typeof(Program).Assembly.Location;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Root"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");
        start.Environment["Content__Watch"] = "false";
        start.Environment["Content__ParseCache"] = "false";
        if (setting is not null) start.Environment["Server__BatchScheduling"] = setting;
        using var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            output.Enqueue(line.Data);
            if (Listening().Match(line.Data) is { Success: true } found) listening.TrySetResult(new Uri(found.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(first == listening.Task, "the app did not start listening:\n" + string.Join('\n', output));
            using var client = new HttpClient { BaseAddress = await listening.Task };
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.GetAsync(new Uri("/careers", UriKind.Relative));
                Assert.True(response.IsSuccessStatusCode, $"GET /careers: {(int)response.StatusCode}");
            }
            return PoliciesOf(process.Id);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The policy of every thread of process <paramref name="process"/> (Linux), from /proc.</summary>
    private static List<int> PoliciesOf(int process)
    {
        var policies = new List<int>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{process}/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended
            }
            // "tid (name) state ...": the name may hold spaces, so fields are counted after its closing bracket;
            // the policy is field 41 of the line, the 39th after the name.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            policies.Add(int.Parse(fields[38], CultureInfo.InvariantCulture));
        }
        return policies;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

/// <summary>A fact that runs on Linux only (the scheduling policy is Linux's); elsewhere it is reported as skipped.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Linux only";
    }
}
