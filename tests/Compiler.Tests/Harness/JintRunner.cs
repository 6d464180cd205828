using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Promise;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Cs2Js.Tests.Harness
{
    /// <summary>Runs a bundle under Jint with CSP-like restrictions, a captured console and a
    /// deterministic virtual timer queue (no wall-clock waiting).</summary>
    /// <remarks>A run is bounded by counts, not by time, so a slow or busy machine gives the same result as
    /// an idle one: at most <see cref="StatementBudget"/> statements over the whole run (script, promise jobs
    /// and every timer callback together) and <see cref="StepLimit"/> timer firings. The wall clock is only
    /// a backstop (<see cref="WallClockBackstop"/>) for a hang no statement count sees.</remarks>
    public static class JintRunner
    {
        public const int StepLimit = 100_000;
        /// <summary>Statements one run may execute: 60 times what the heaviest sample needs (random/monte_carlo,
        /// 0.83 million); an endless loop reaches it in seconds on an idle machine.</summary>
        public const long StatementBudget = 50_000_000;
        /// <summary>Wall-clock bound of one whole run, far beyond what any sample takes on a loaded machine.</summary>
        public static readonly TimeSpan WallClockBackstop = TimeSpan.FromMinutes(10);
        /// <summary>Virtual epoch of the fake clock: 2024-01-01T00:00:00Z.</summary>
        public const long EpochMs = 1_704_067_200_000;

        /// <param name="Statements">Statements the run executed (what <see cref="StatementBudget"/> bounds).</param>
        public sealed record Result(string Output, IReadOnlyList<string> LeakedGlobals, long Statements);

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Result> Cache =
            new System.Collections.Concurrent.ConcurrentDictionary<string, Result>();

        /// <summary>Runs a bundle once per content (the differential and the globals tests share it).</summary>
        public static Result RunCached(string js) => Cache.GetOrAdd(js, RunFull);

        public static string Run(string js) => RunFull(js).Output;

        /// <summary>Runs the bundle; also reports the global names it created (a bundle is an IIFE and must
        /// write no globals).</summary>
        public static Result RunFull(string js) => RunFull(js, StatementBudget, WallClockBackstop);

        /// <summary>Several classic scripts run one after another in one realm (shared.js, then a page's
        /// own file), as a page loads them: their global declarations are visible to the later ones.</summary>
        public static string RunScripts(params string[] scripts) => RunFull(scripts, StatementBudget, WallClockBackstop).Output;

        /// <summary>The same with other limits (the harness self-tests use small ones).</summary>
        public static Result RunFull(string js, long statementBudget, TimeSpan wallClockBackstop) => RunFull(new[] { js }, statementBudget, wallClockBackstop);

        static Result RunFull(IReadOnlyList<string> scripts, long statementBudget, TimeSpan wallClockBackstop)
        {
            var output = new StringBuilder();
            var clock = new VirtualClock();
            var budget = new StatementCount(statementBudget);
            var deadline = new OperationDeadlineConstraint();
            var engine = new Engine(o =>
            {
                o.Strict();
                o.DisableStringCompilation();
                o.LimitRecursion(400);
                o.Constraint(budget);
                o.Constraint(deadline);
                o.LimitMemory(200_000_000);
                o.TimeZone = TimeZoneInfo.Utc;
                o.TimeSystem = new FakeTimeSystem(clock);
            });

            var rejected = new List<JsValue>();
            var rejectedValues = new Dictionary<JsValue, JsValue>();
            engine.Advanced.PromiseRejectionTracker += (_, e) =>
            {
                if (e.Operation == PromiseRejectionOperation.Reject) { rejected.Add(e.Promise); rejectedValues[e.Promise] = e.Value ?? JsValue.Undefined; }
                else { rejected.Remove(e.Promise); rejectedValues.Remove(e.Promise); }
            };

            var console = new JsObject(engine);
            foreach (var name in new[] { "log", "error", "warn", "info", "debug" })
                console.Set(name, new ClrFunction(engine, name, (_, args) =>
                {
                    output.Append(string.Join(" ", args.Select(a => ToDisplay(engine, a)))).Append('\n');
                    return JsValue.Undefined;
                }));
            engine.SetValue("console", console);
            clock.Install(engine);
            engine.Execute(HostPrelude.Js);
            const string GlobalNames = "Object.getOwnPropertyNames(globalThis).join('\\n')";
            var before = new HashSet<string>(engine.Evaluate(GlobalNames).AsString().Split('\n'));

            deadline.Begin(wallClockBackstop);
            budget.Armed = true;
            try
            {
                foreach (var js in scripts) engine.Execute(js);
                engine.Advanced.ProcessTasks();
                int steps = 0;
                while (clock.HasTimers)
                {
                    if (++steps > StepLimit) { output.Append("Harness: timer step limit reached\n"); break; }
                    clock.FireNext(engine);
                    engine.Advanced.ProcessTasks();
                }
            }
            catch (JavaScriptException e)
            {
                output.Append("Unhandled: ").Append(DescribeError(engine, e.Error)).Append('\n');
            }
            catch (Exception e) when (e is TimeoutException || e is RecursionDepthOverflowException || e is MemoryLimitExceededException
                                      || e is StatementsCountOverflowException || e is ExecutionCanceledException)
            {
                output.Append("Harness: ").Append(e.GetType().Name).Append(": ").Append(e.Message).Append('\n');
            }
            finally
            {
                deadline.End();
                budget.Armed = false;
            }
            foreach (var p in rejected)
                output.Append("Unhandled: ").Append(DescribeError(engine, rejectedValues[p])).Append('\n');
            var leaked = new List<string>();
            try { leaked.AddRange(engine.Evaluate(GlobalNames).AsString().Split('\n').Where(n => !before.Contains(n))); }
            catch (JavaScriptException) { }
            return new Result(output.ToString(), leaked, budget.Used);
        }

        /// <summary>Counts the bundle's statements over the whole run: unlike Jint's MaxStatements, which starts
        /// again at every Execute/Invoke, it is not reset between the script, its jobs and its timer callbacks.
        /// The harness's own scripts (prelude, the globals check) run while it is not armed.</summary>
        private sealed class StatementCount : Constraint
        {
            private readonly long limit;
            public bool Armed { get; set; }
            public long Used { get; private set; }
            public StatementCount(long limit) { this.limit = limit; }
            public override void Check()
            {
                if (Armed && ++Used > limit) throw new StatementsCountOverflowException();
            }
            public override void Reset() { }
        }

        private static string ToDisplay(Engine engine, JsValue v)
        {
            if (v.IsString()) return v.AsString();
            if (v.IsUndefined()) return "undefined";
            if (v.IsNull()) return "null";
            try { return TypeConverter.ToString(v); } catch (JavaScriptException) { return "[object]"; }
        }

        public static string DescribeError(Engine engine, JsValue error)
        {
            if (error is ObjectInstance o)
            {
                var name = o.Get("name");
                var message = o.Get("message");
                return (name.IsUndefined() ? "Error" : TypeConverter.ToString(name)) + ": " + (message.IsUndefined() ? "" : TypeConverter.ToString(message));
            }
            return "(non-Error) " + ToDisplay(engine, error);
        }

        private sealed class FakeTimeSystem : ITimeSystem
        {
            private readonly VirtualClock clock;
            private readonly DefaultTimeSystem inner = new DefaultTimeSystem(TimeZoneInfo.Utc, System.Globalization.CultureInfo.InvariantCulture);
            public FakeTimeSystem(VirtualClock clock) { this.clock = clock; }
            public DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(EpochMs + clock.Now);
            public TimeZoneInfo DefaultTimeZone => TimeZoneInfo.Utc;
            public bool TryParse(string date, out long epochMilliseconds) => inner.TryParse(date, out epochMilliseconds);
            public TimeSpan GetUtcOffset(long epochMilliseconds) => TimeSpan.Zero;
        }

        /// <summary>setTimeout/setInterval over virtual time. Timers fire in (due, creation order).</summary>
        private sealed class VirtualClock
        {
            private sealed class Timer { public int Id; public long Due; public long Seq; public JsValue Fn = JsValue.Undefined; public JsValue[] Args = Array.Empty<JsValue>(); public long Interval = -1; }
            private readonly Dictionary<int, Timer> timers = new Dictionary<int, Timer>();
            private int nextId = 1;
            private long seq;
            public long Now { get; private set; }
            public bool HasTimers => timers.Count > 0;

            private Engine? engine;

            public void Install(Engine engine)
            {
                this.engine = engine;
                engine.SetValue("setTimeout", new ClrFunction(engine, "setTimeout", (_, a) => Add(a, repeat: false)));
                engine.SetValue("setInterval", new ClrFunction(engine, "setInterval", (_, a) => Add(a, repeat: true)));
                engine.SetValue("clearTimeout", new ClrFunction(engine, "clearTimeout", (_, a) => Clear(a)));
                engine.SetValue("clearInterval", new ClrFunction(engine, "clearInterval", (_, a) => Clear(a)));
            }

            private JsValue Add(JsValue[] a, bool repeat)
            {
                var fn = a.Length > 0 ? a[0] : JsValue.Undefined;
                if (!(fn is Jint.Native.Function.Function))
                    throw new JavaScriptException(engine!.Intrinsics.TypeError, "setTimeout/setInterval: callback must be a function (string timers are forbidden)", new ArgumentException("string timer"));
                double delay = a.Length > 1 && !a[1].IsUndefined() ? TypeConverter.ToNumber(a[1]) : 0;
                if (double.IsNaN(delay) || delay < 0) delay = 0;
                long d = (long)delay;
                var t = new Timer { Id = nextId++, Due = Now + d, Seq = seq++, Fn = fn, Args = a.Skip(2).ToArray(), Interval = repeat ? Math.Max(1, d) : -1 };
                timers[t.Id] = t;
                return t.Id;
            }

            private JsValue Clear(JsValue[] a)
            {
                if (a.Length > 0 && a[0].IsNumber()) timers.Remove((int)a[0].AsNumber());
                return JsValue.Undefined;
            }

            public void FireNext(Engine engine)
            {
                var t = timers.Values.OrderBy(x => x.Due).ThenBy(x => x.Seq).First();
                if (t.Due > Now) Now = t.Due;
                if (t.Interval >= 0) { t.Due = Now + t.Interval; t.Seq = seq++; }
                else timers.Remove(t.Id);
                engine.Invoke(t.Fn, t.Args);
            }
        }
    }
}
