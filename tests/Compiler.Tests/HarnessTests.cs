using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cs2Js.Tests.Harness;
using NUnit.Framework;

namespace Cs2Js.Tests
{
    /// <summary>Self-tests of the harness (independent of the compiler): virtual timers, console capture,
    /// unhandled errors, CSP restrictions, the .NET oracle and the node batch runner.</summary>
    [TestFixture, NonParallelizable, Category("Harness")]
    public sealed class HarnessTests
    {
        private const string TimerScript = @"(() => { 'use strict';
            const t0 = Date.now();
            const log = (s) => console.log(s + ' @' + (Date.now() - t0));
            const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
            let n = 0;
            const iv = setInterval(() => { n++; log('iv' + n); if (n === 3) clearInterval(iv); }, 40);
            setTimeout(() => log('t100'), 100);
            const c = setTimeout(() => log('never'), 50); clearTimeout(c);
            (async () => { await sleep(50); log('after-sleep'); await sleep(5000); log('late'); })();
            Promise.resolve().then(() => console.log('micro', 1, true, null));
            console.log('sync');
        })();";

        private static readonly string TimerExpected = string.Join("\n",
            "sync", "micro 1 true null", "iv1 @40", "after-sleep @50", "iv2 @80", "t100 @100", "iv3 @120", "late @5050");

        [Test]
        public void JintVirtualTimersFireInOrderWithoutWaiting()
        {
            var sw = Stopwatch.StartNew();
            var output = OutputText.Normalize(JintRunner.Run(TimerScript));
            Assert.That(output, Is.EqualTo(TimerExpected));
            Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)), "virtual time must not wait for real time");
        }

        [Test]
        public void JintReportsUncaughtErrorsAndRejections()
        {
            Assert.That(OutputText.Normalize(JintRunner.Run("console.log('a'); class FooException extends Error { get name() { return 'FooException'; } } throw new FooException('bad');")),
                Is.EqualTo("a\nUnhandled: FooException: bad"));
            Assert.That(OutputText.Normalize(JintRunner.Run("(async () => { await null; throw new RangeError('late'); })(); console.log('x');")),
                Is.EqualTo("x\nUnhandled: RangeError: late"));
            Assert.That(OutputText.Normalize(JintRunner.Run("const p = Promise.reject(new Error('handled')); p.catch(() => console.log('caught'));")),
                Is.EqualTo("caught"));
        }

        [Test]
        public void JintReportsLeakedGlobals()
        {
            Assert.That(JintRunner.RunFull("(() => { 'use strict'; console.log(1); })();").LeakedGlobals, Is.Empty);
            Assert.That(JintRunner.RunFull("var leaked = 1; function alsoLeaked() {}").LeakedGlobals, Is.EquivalentTo(new[] { "leaked", "alsoLeaked" }));
        }

        [Test]
        public void JintForbidsStringCompilationAndStringTimers()
        {
            Assert.That(JintRunner.Run("eval('1')"), Does.StartWith("Unhandled: ").And.Contain("String compilation has been disabled"));
            Assert.That(JintRunner.Run("new Function('return 1')"), Does.StartWith("Unhandled: ").And.Contain("String compilation has been disabled"));
            Assert.That(JintRunner.Run("setTimeout('x()', 1)"), Does.StartWith("Unhandled: TypeError: setTimeout"));
        }

        [Test]
        public void JintStopsRunawayRecursionAndIntervals()
        {
            Assert.That(JintRunner.Run("function f() { return f() + 1; } f();"), Does.Contain("Unhandled: RangeError").Or.Contain("Harness: RecursionDepthOverflowException"));
            Assert.That(JintRunner.Run("setInterval(() => {}, 1);"), Does.Contain("timer step limit"));
        }

        [Test]
        public void JintBoundsARunByStatementsNotByTime()
        {
            // An endless loop stops at the statement budget, whatever the machine's speed.
            var loop = JintRunner.RunFull("console.log('start'); for (;;) {}", 100_000, TimeSpan.FromMinutes(10));
            Assert.That(loop.Output, Is.EqualTo("start\nHarness: StatementsCountOverflowException: The maximum number of statements executed have been reached.\n"));
            Assert.That(loop.Statements, Is.EqualTo(100_001));
            // The budget covers the whole run: the script, promise jobs and every timer callback together
            // (Jint's own MaxStatements starts again at each of them), so a busy interval stops at the same
            // statement on every run, long before the timer step limit.
            const string busy = "let n = 0; setInterval(() => { for (let i = 0; i < 10; i++) n++; Promise.resolve().then(() => { if (n % 1000 === 0) console.log(n); }); }, 1);";
            var first = JintRunner.RunFull(busy, 50_000, TimeSpan.FromMinutes(10));
            var second = JintRunner.RunFull(busy, 50_000, TimeSpan.FromMinutes(10));
            Assert.That(first.Output, Does.EndWith("Harness: StatementsCountOverflowException: The maximum number of statements executed have been reached.\n").And.StartWith("1000\n2000\n"));
            Assert.That(first.Output, Does.Not.Contain("timer step limit"));
            Assert.That((second.Output, second.Statements), Is.EqualTo((first.Output, first.Statements)));
            // The wall clock is only a backstop (10 minutes by default), for a hang no statement count sees.
            Assert.That(JintRunner.RunFull("for (;;) {}", long.MaxValue, TimeSpan.FromMilliseconds(300)).Output, Does.StartWith("Harness: TimeoutException"));
            Assert.That(JintRunner.WallClockBackstop, Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes(5)));
        }

        [Test]
        public void CompilationThatNeverEndsIsReportedAsAHang()
        {
            using var release = new System.Threading.ManualResetEventSlim();
            try
            {
                var e = Assert.Throws<JsCompilation.CompilerHangException>(() => JsCompilation.Bounded(() => { release.Wait(); return 1; }, TimeSpan.FromMilliseconds(200), "stuck.cs"));
                Assert.That(e!.Message, Does.Contain("stuck.cs").And.Contain("200 ms"));
            }
            finally { release.Set(); }
            Assert.That(JsCompilation.Bounded(() => 42, TimeSpan.FromMinutes(1), "quick.cs"), Is.EqualTo(42));
            Assert.Throws<FormatException>(() => JsCompilation.Bounded<int>(() => throw new FormatException("crash"), TimeSpan.FromMinutes(1), "crash.cs"));
            Assert.That(JsCompilation.TimeLimit, Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes(1)), "generous: a busy machine must not look like a hang");
        }

        [Test]
        public void OracleRepeatsARealTimeRunTheMachineDelayed()
        {
            static bool UsesRealTime(string body) => QuietRun.UsesRealTime(DotNetRunner.Compile("t.cs",
                "using System; using System.Threading; using System.Threading.Tasks; public static class P { public static async Task Main() { " + body + " await Task.CompletedTask; } }"));
            Assert.That(UsesRealTime("await Task.Delay(10);"), Is.True);
            Assert.That(UsesRealTime("using var c = new CancellationTokenSource(15);"), Is.True);
            Assert.That(UsesRealTime("var c = new CancellationTokenSource(); c.CancelAfter(5);"), Is.True);
            Assert.That(UsesRealTime("Task.Run(() => 1).Wait(100);"), Is.True);
            Assert.That(UsesRealTime("var c = new CancellationTokenSource(); c.Cancel(); Task.Run(() => 1).Wait(); await Task.Yield();"), Is.False);
            Assert.That(UsesRealTime("Console.WriteLine(1);"), Is.False);

            // Each attempt is measured; one the machine delayed beyond the tolerance is run again, the quietest kept.
            var late = new Queue<TimeSpan>(new[] { QuietRun.Tolerance * 5, QuietRun.Tolerance * 2, QuietRun.Tolerance / 2 });
            int runs = 0;
            var outcome = QuietRun.Run(() => ++runs, () => () => late.Dequeue());
            Assert.That((outcome.Value, outcome.Attempts, outcome.Quiet), Is.EqualTo((3, 3, true)));
            // Never quiet: the least delayed attempt is the oracle, and the test reports why it may be off.
            var always = new Queue<TimeSpan>(Enumerable.Range(0, QuietRun.MaxAttempts).Select(i => QuietRun.Tolerance * (i == 1 ? 2 : 9)));
            runs = 0;
            var noisy = QuietRun.Run(() => ++runs, () => () => always.Dequeue());
            Assert.That((noisy.Value, noisy.Attempts, noisy.Quiet), Is.EqualTo((2, QuietRun.MaxAttempts, false)));
            Assert.That(noisy.Describe(), Does.Contain("late by up to " + (QuietRun.Tolerance * 2).TotalMilliseconds + " ms"));
            // The real probe: one quiet-looking run of a sample that waits on real time.
            var net = DotNetRunner.RunUncached("d.cs", "using System.Threading.Tasks; public static class P { public static async Task Main() { await Task.Delay(30); System.Console.WriteLine(\"done\"); } }");
            Assert.That(net.Output, Is.EqualTo("done\n"));
        }

        [Test]
        public void DotNetOracleCapturesOutputAndUnhandledExceptions()
        {
            var ok = DotNetRunner.RunUncached("a.cs", "public static class P { public static void Main() { System.Console.WriteLine(1.5); System.Console.Write(\"x\"); } }");
            Assert.That(ok.Compiled, Is.True, ok.CompileErrors);
            Assert.That(ok.Output, Is.EqualTo("1.5\nx"));
            var bad = DotNetRunner.RunUncached("b.cs", "public static class P { public static async System.Threading.Tasks.Task Main() { await System.Threading.Tasks.Task.Delay(1); throw new System.InvalidOperationException(\"boom\"); } }");
            Assert.That(bad.Output, Is.EqualTo("Unhandled: InvalidOperationException: boom\n"));
            var broken = DotNetRunner.RunUncached("c.cs", "public static class P { public static void Main() { int x = \"s\"; } }");
            Assert.That(broken.Compiled, Is.False);
            Assert.That(broken.CompileErrors, Does.Contain("CS0029"));
        }

        [Test]
        public void NodeHarnessMatchesJint()
        {
            if (NodeRunner.NodePath == null) Assert.Ignore("node is not on PATH");
            var dir = Path.Combine(Path.GetTempPath(), "cs2js-harness-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                var harness = Path.Combine(dir, "h.mjs");
                File.WriteAllText(harness, NodeRunner.HarnessText());
                var scripts = new Dictionary<string, string>
                {
                    ["timers"] = TimerScript,
                    ["throws"] = "console.log('a'); throw new TypeError('bad');",
                    ["rejects"] = "(async () => { await null; throw new RangeError('late'); })(); console.log('x');",
                    ["eval"] = "eval('1')",
                    ["utf8"] = "const b = new TextEncoder().encode('h\u00e9llo \u20ac \ud83d\ude00'); console.log(b.length, Array.from(b).join(','), new TextDecoder().decode(b));",
                    ["runaway"] = "setTimeout(() => { for (;;) {} }, 10); console.log('armed');",
                };
                var manifest = new List<Dictionary<string, string>>();
                foreach (var kv in scripts)
                {
                    var f = Path.Combine(dir, kv.Key + ".js");
                    File.WriteAllText(f, kv.Value);
                    manifest.Add(new Dictionary<string, string> { ["id"] = kv.Key, ["file"] = f });
                }
                File.WriteAllText(Path.Combine(dir, "m.json"), JsonSerializer.Serialize(manifest));
                File.WriteAllText(Path.Combine(dir, "prelude.js"), HostPrelude.Js);
                var psi = new ProcessStartInfo(NodeRunner.NodePath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
                // A 2 s limit per script and timer callback (the default is 60 s) for the runaway case.
                foreach (var a in new[] { "--disallow-code-generation-from-strings", harness, Path.Combine(dir, "m.json"), Path.Combine(dir, "r.json"), Path.Combine(dir, "prelude.js"), "2000" }) psi.ArgumentList.Add(a);
                using var p = Process.Start(psi)!;
                var err = p.StandardError.ReadToEnd();
                Assert.That(p.WaitForExit(60_000), Is.True);
                Assert.That(p.ExitCode, Is.EqualTo(0), err);
                var results = new Dictionary<string, string>();
                foreach (var e in JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "r.json"))).RootElement.EnumerateArray())
                    results[e.GetProperty("id").GetString()!] = e.GetProperty("output").GetString()!;
                Assert.That(OutputText.Normalize(results["timers"]), Is.EqualTo(TimerExpected));
                Assert.That(results["throws"], Is.EqualTo("a\nUnhandled: TypeError: bad"));
                Assert.That(results["rejects"], Is.EqualTo("x\nUnhandled: RangeError: late"));
                Assert.That(results["eval"], Does.StartWith("Unhandled: EvalError"));
                Assert.That(results["utf8"], Is.EqualTo(OutputText.Normalize(JintRunner.Run(scripts["utf8"]))));
                Assert.That(results["utf8"], Is.EqualTo("15 104,195,169,108,108,111,32,226,130,172,32,240,159,152,128 h\u00e9llo \u20ac \ud83d\ude00"));
                Assert.That(results["runaway"], Does.StartWith("armed\nUnhandled: Error: Script execution timed out"));
            }
            finally { Directory.Delete(dir, true); }
        }

        [Test]
        public void NormalizeAndDiff()
        {
            Assert.That(OutputText.Normalize("a  \r\nb\t\n\n"), Is.EqualTo("a\nb"));
            var d = OutputText.Diff("x\ny\nz", "x\nY\nz");
            Assert.That(d, Does.Contain("- y").And.Contain("+ Y").And.Contain("  x"));
        }

        [Test]
        public void SampleHeadersAreParsed()
        {
            var s = new Sample("/x/a.cs", "a.cs", "// @known-divergence eager statics\n// @skip-node engine quirk\nclass P {}");
            Assert.That(s.KnownDivergence, Is.EqualTo("eager statics"));
            Assert.That(s.SkipNode, Is.EqualTo("engine quirk"));
            Assert.That(Sample.All.Count, Is.GreaterThanOrEqualTo(170));
        }
    }
}
