using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cs2Js.Tests.Harness
{
    /// <summary>Keeps the .NET oracle's real-time runs faithful. A sample that waits on real time
    /// (<c>Task.Delay</c>, timeouts, timers) prints what its delays mean only if its timer callbacks and
    /// continuations run when due; on a machine shared with other builds a 20 ms delay can end after a
    /// 100 ms one. The JS engines run on virtual time and are exact, so the oracle must be too: such a
    /// sample runs with this process's threads at a higher scheduling priority (Linux, when permitted),
    /// after a garbage collection, with a probe thread measuring how late the process got the CPU it
    /// asked for; a run that was late by more than <see cref="Tolerance"/> is repeated.</summary>
    public static class QuietRun
    {
        /// <summary>Largest scheduling lateness a run may see. Samples keep their timing margins at 100 ms
        /// or more, so a few late hops in a row still cannot reorder their output.</summary>
        public static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(20);
        public const int MaxAttempts = 5;

        /// <summary>Members whose effect depends on the real clock.</summary>
        private static readonly HashSet<string> ClockMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Threading.Tasks.Task.Delay", "System.Threading.Tasks.Task.WaitAsync", "System.Threading.Tasks.Task.Wait",
            "System.Threading.Tasks.Task<TResult>.WaitAsync", "System.Threading.Tasks.Task<TResult>.Wait",
            "System.Threading.Tasks.ValueTask.WaitAsync", "System.Threading.Thread.Sleep",
            "System.Threading.CancellationTokenSource.CancelAfter", "System.Threading.CancellationTokenSource.CancellationTokenSource",
            "System.Threading.Timer.Timer", "System.Threading.PeriodicTimer.PeriodicTimer", "System.Timers.Timer.Timer",
            "System.Threading.SemaphoreSlim.Wait", "System.Threading.SemaphoreSlim.WaitAsync",
            "System.Diagnostics.Stopwatch.StartNew", "System.DateTime.Now", "System.DateTime.UtcNow", "System.Environment.TickCount",
            "System.Environment.TickCount64", "System.DateTimeOffset.Now", "System.DateTimeOffset.UtcNow",
        };

        /// <summary>Whether the program reads the clock or waits on it (a timeout overload counts, a plain
        /// <c>Wait()</c> does not).</summary>
        public static bool UsesRealTime(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is not (InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or MemberAccessExpressionSyntax)) continue;
                    var symbol = model.GetSymbolInfo(node).Symbol;
                    if (symbol == null) continue;
                    var original = symbol.OriginalDefinition;
                    var name = original.ContainingType?.ToDisplayString() + "." + (original is IMethodSymbol { MethodKind: MethodKind.Constructor } ? original.ContainingType!.Name : original.Name);
                    if (!ClockMembers.Contains(name)) continue;
                    // Waits without a timeout and a CancellationTokenSource without a delay are not clock reads.
                    if (original is IMethodSymbol m && (name.EndsWith(".Wait", StringComparison.Ordinal) || name.EndsWith(".WaitAsync", StringComparison.Ordinal) || m.MethodKind == MethodKind.Constructor && m.ContainingType.Name == "CancellationTokenSource")
                        && !m.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_Int32 || p.Type.Name == "TimeSpan"))
                        continue;
                    return true;
                }
            }
            return false;
        }

        public sealed record Outcome<T>(T Value, TimeSpan WorstLateness, int Attempts, bool Boosted)
        {
            public bool Quiet => WorstLateness <= Tolerance;
            public string Describe() =>
                $"the .NET run was late by up to {WorstLateness.TotalMilliseconds:0} ms (tolerance {Tolerance.TotalMilliseconds:0} ms) in the best of {Attempts} attempts"
                + (Boosted ? "" : ", without a raised priority");
        }

        /// <summary>Runs <paramref name="run"/> until one attempt sees no lateness beyond the tolerance, at
        /// most <see cref="MaxAttempts"/> times; returns the quietest attempt.</summary>
        /// <param name="measure">Starts measuring lateness and returns what stops it and gives the worst
        /// seen; by default a <see cref="LatenessProbe"/> (the harness self-test passes a scripted one).</param>
        public static Outcome<T> Run<T>(Func<T> run, Func<Func<TimeSpan>>? measure = null)
        {
            measure ??= () => new LatenessProbe().Stop;
            Outcome<T>? best = null;
            for (int attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                T value;
                TimeSpan late;
                using (var boost = PriorityBoost.Raise())
                {
                    var stop = measure();
                    try { value = run(); }
                    finally { late = stop(); }
                    if (best == null || late < best.WorstLateness) best = new Outcome<T>(value, late, attempt, boost.Raised);
                }
                best = best with { Attempts = attempt };
                if (best.Quiet) return best;
                Thread.Sleep(200 * attempt); // let a burst of load pass
            }
            return best!;
        }

        /// <summary>A thread that sleeps 2 ms at a time and records the largest overshoot: how late a
        /// thread of this process got the CPU back. Timer callbacks and continuations see the same delay.</summary>
        private sealed class LatenessProbe
        {
            private readonly Thread thread;
            private volatile bool stop;
            private long worstTicks;

            public LatenessProbe()
            {
                thread = new Thread(Loop) { IsBackground = true, Name = "oracle lateness probe" };
                thread.Start();
            }

            private void Loop()
            {
                var sw = Stopwatch.StartNew();
                while (!stop)
                {
                    var before = sw.Elapsed;
                    Thread.Sleep(2);
                    var over = sw.Elapsed - before - TimeSpan.FromMilliseconds(2);
                    if (over.Ticks > worstTicks) worstTicks = over.Ticks;
                }
            }

            public TimeSpan Stop()
            {
                stop = true;
                thread.Join();
                return TimeSpan.FromTicks(worstTicks);
            }
        }

        /// <summary>Lowers the nice value of every thread of this process (Linux; needs CAP_SYS_NICE, which
        /// CI's root has) for the length of one run, and puts each back afterwards. The run mostly sleeps, so
        /// this takes little CPU from anything else; it only stops other work from delaying its wake-ups.</summary>
        private sealed class PriorityBoost : IDisposable
        {
            private const int PrioProcess = 0;
            private const int Boost = -10;
            private readonly Dictionary<int, int> saved = new Dictionary<int, int>();
            private int baseline;
            public bool Raised { get; private set; }

            [DllImport("libc", SetLastError = true)]
            private static extern int setpriority(int which, int who, int prio);

            [DllImport("libc", SetLastError = true)]
            private static extern int getpriority(int which, int who);

            public static PriorityBoost Raise()
            {
                var b = new PriorityBoost();
                if (!OperatingSystem.IsLinux()) return b;
                try
                {
                    b.baseline = getpriority(PrioProcess, Environment.ProcessId);
                    foreach (var tid in Threads())
                    {
                        Marshal.SetLastPInvokeError(0);
                        int nice = getpriority(PrioProcess, tid);
                        if (Marshal.GetLastPInvokeError() != 0) continue;
                        if (setpriority(PrioProcess, tid, Math.Min(nice, Boost)) != 0) { b.Dispose(); return new PriorityBoost(); }
                        b.saved[tid] = nice;
                    }
                    b.Raised = b.saved.Count > 0;
                }
                catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException) { b.Dispose(); return new PriorityBoost(); }
                return b;
            }

            private static IEnumerable<int> Threads() =>
                Directory.EnumerateDirectories("/proc/self/task").Select(d => int.TryParse(Path.GetFileName(d), out var t) ? t : 0).Where(t => t > 0);

            public void Dispose()
            {
                if (saved.Count == 0) return;
                // Threads started during the run inherited the raised value: they go back to the baseline.
                try { foreach (var tid in Threads()) setpriority(PrioProcess, tid, saved.TryGetValue(tid, out var n) ? n : baseline); }
                catch (IOException) { }
                saved.Clear();
            }
        }
    }
}
