using System.Globalization;
using System.Runtime.InteropServices;

namespace CareerGuide.Web.Hosting;

/// <summary>
/// Linux's batch scheduling (<c>SCHED_BATCH</c>) for the server's threads, on by default (<c>Server:BatchScheduling</c>).
/// Under the default policy the kernel lets a thread it wakes take the core from the one running: every time a
/// request arrives, the socket thread woken by it interrupts a pool thread that is in the middle of sending a page,
/// and on a busy core most requests paid for two switches more than they needed. A batch thread waits for the
/// running one to block or use up its turn, so each socket thread wake-up brings in more requests at once. It is the
/// same fair share of the processor (the same nice value, no privilege needed); only that wake-up preemption goes.
/// Measured in docs/performance.md: the cached guide per core 1.38-1.54 times the requests/s, its p99 no higher;
/// rendered pages flat out on two cores 1.03-1.05 times. Threads made later inherit the policy from the thread that
/// makes them, so the whole process is set once at start and once more when the server has started (threads made
/// while the first pass ran). A thread already given another policy (an operator's <c>chrt</c>) is left as it is.
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
    /// Sets every thread of this process now running under the default policy to <see cref="Batch"/>, and returns how
    /// many it set; 0 off Linux. A thread that ends meanwhile, or one the kernel refuses, is skipped.
    /// </summary>
    public static int ApplyToProcess()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var set = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            if (!int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var thread)) continue;
            if (GetScheduler(thread) != Normal) continue;
            var priority = 0; // the only priority the batch policy has
            if (SetScheduler(thread, Batch, ref priority) == 0) set++;
        }
        return set;
    }

    [LibraryImport("libc", EntryPoint = "sched_getscheduler")]
    private static partial int GetScheduler(int thread);

    [LibraryImport("libc", EntryPoint = "sched_setscheduler")]
    private static partial int SetScheduler(int thread, int policy, ref int priority);
}
