using System.Globalization;
using System.Runtime.InteropServices;

namespace CareerGuide.Web.Hosting;

/// <summary>
/// Linux's batch scheduling (<c>SCHED_BATCH</c>) for the server's threads, on by default (<c>Server:BatchScheduling</c>).
/// Under the default policy the kernel lets a thread it wakes take the core from the one running: when a request
/// arrives, the socket thread woken by it interrupts a pool thread in the middle of sending a page, and the core
/// goes back and forth for every request. A batch thread waits for the running one to block or use up its turn, so
/// each wake-up of the socket thread brings in several requests at once. It is the same fair share of the processor
/// (the same nice value, no privilege needed); only that wake-up preemption goes. Measured in docs/performance.md:
/// the cached guide on one core 1.30-1.43 times the requests/s (1.06 of nginx in benchmarks/run.sh, against 0.75
/// with it off), rendered pages flat out on two cores the same or better, a crawl from a cold cache 1.01-1.05 times
/// as long. Threads made later inherit the policy from the thread that makes them, so the whole process is set once
/// at start and once more when the server has started (for threads made while the first pass ran). A thread already
/// given another policy (an operator's <c>chrt</c>) is left as it is; where the calls are refused or missing, nothing
/// changes and the site runs as before.
/// </summary>
public static partial class BatchScheduling
{
    /// <summary>The configuration key: true (the default) to schedule the server's threads as batch work on Linux.</summary>
    public const string Setting = "Server:BatchScheduling";

    /// <summary>Linux's default policy.</summary>
    public const int Normal = 0;

    /// <summary>Linux's <c>SCHED_BATCH</c>.</summary>
    public const int Batch = 3;

    /// <summary>
    /// Sets every thread of this process now running under the default policy to <see cref="Batch"/>; nothing off
    /// Linux. A thread that ends meanwhile, or one the kernel refuses, is skipped.
    /// </summary>
    public static void ApplyToProcess()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                if (!int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var thread)) continue;
                if (GetScheduler(thread) != Normal) continue;
                var priority = 0; // the only priority the batch policy has
                _ = SetScheduler(thread, Batch, ref priority);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc, or no such calls in this C library: the threads keep the policy they have.
        }
    }

    [LibraryImport("libc", EntryPoint = "sched_getscheduler")]
    private static partial int GetScheduler(int thread);

    [LibraryImport("libc", EntryPoint = "sched_setscheduler")]
    private static partial int SetScheduler(int thread, int policy, ref int priority);
}
