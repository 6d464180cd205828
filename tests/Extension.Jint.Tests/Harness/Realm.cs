using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Native.Promise;
using Jint.Runtime;
using Jint.Runtime.Interop;
using NUnit.Framework;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>One JavaScript realm (one Jint engine): the service worker, or one world (main or
    /// isolated) of one frame. Constrained, on the virtual clock, with captured console and errors.</summary>
    public sealed class Realm
    {
        public const int StatementsPerCall = 50_000_000;
        public static readonly TimeSpan WallClockBackstop = TimeSpan.FromMinutes(2);

        public readonly Engine Engine;
        public readonly string Name;
        /// <summary>"worker", "isolated" or "main".</summary>
        public readonly string Kind;
        public readonly Browser Browser;
        public readonly Frame? Frame;
        public bool Alive { get; private set; } = true;
        public readonly List<string> Console = new();
        /// <summary>Uncaught exceptions, throwing listeners, unhandled rejections.</summary>
        public readonly List<string> Errors = new();
        public readonly Dictionary<string, int> Listening = new();
        private readonly Dictionary<JsValue, JsValue> unhandled = new(ReferenceEqualityComparer.Instance);
        private ObjectInstance W => Engine.GetValue("__wse").AsObject();

        private static readonly Dictionary<string, Prepared<Script>> harnessScripts = new();

        private static Prepared<Script> HarnessScript(string name)
        {
            lock (harnessScripts)
            {
                if (harnessScripts.TryGetValue(name, out var s)) return s;
                using Stream st = typeof(Realm).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing resource " + name);
                string text = new StreamReader(st).ReadToEnd();
                s = Engine.PrepareScript(text, name, strict: true);
                harnessScripts[name] = s;
                return s;
            }
        }

        public Realm(Browser browser, string name, string kind, Frame? frame)
        {
            Browser = browser;
            Name = name;
            Kind = kind;
            Frame = frame;
            Engine = new Engine(o =>
            {
                o.Strict = true;
                o.DisableStringCompilation();
                o.LimitRecursion(400);
                // Bounded by counting, so a busy machine cannot fail a test: statements per call into the
                // realm (an endless loop stops in seconds; no listener comes near it), and a wall-clock
                // backstop per call only for a hang no count sees.
                o.MaxStatements(StatementsPerCall);
                o.TimeoutInterval(WallClockBackstop);
                o.LimitMemory(400_000_000);
                o.TimeZone = TimeZoneInfo.Utc;
                o.TimeSystem = new ClockTimeSystem(browser.Clock);
            });
            Engine.Advanced.PromiseRejectionTracker += (sender, e) =>
            {
                if (e.Operation == PromiseRejectionOperation.Reject) unhandled[e.Promise] = e.Value;
                else unhandled.Remove(e.Promise);
            };
            InstallTimers();
            // A classic service worker loads shared.js into its global scope, as Chrome does.
            if (kind == "worker")
                Engine.SetValue("importScripts", Fn("importScripts", (t, a) =>
                {
                    foreach (JsValue v in a)
                    {
                        string file = TypeConverter.ToString(v);
                        Bundles.Bundle b = Bundles.Importable(file, browser.WorkerOfOtherBuild) ?? throw new JavaScriptException(Engine.Intrinsics.TypeError, $"importScripts: the extension has no {file}");
                        Engine.Execute(Bundles.Require(b));
                    }
                    return JsValue.Undefined;
                }));
            var h = new JsObject(Engine);
            Host.Install(this, h);
            Engine.SetValue("__h", h);
            Run(HarnessScript("prelude.js"));
            if (kind != "main") Run(HarnessScript("chrome.js"));
            if (frame != null) Run(HarnessScript("page.js"));
            if (kind == "main") Run(HarnessScript("webrtc.js"));
        }

        public void Kill()
        {
            Alive = false;
            Browser.Clock.CancelRealm(this);
        }

        public ClrFunction Fn(string name, Func<JsValue, JsValue[], JsValue> body)
            => new ClrFunction(Engine, name, body);

        private void InstallTimers()
        {
            JsValue Timer(JsValue[] a, bool repeat)
            {
                JsValue fn = a.Length > 0 ? a[0] : JsValue.Undefined;
                if (fn is not Function) throw new JavaScriptException(Engine.Intrinsics.TypeError, "The fake timers refuse string callbacks (no eval): pass a function.");
                double delay = a.Length > 1 ? TypeConverter.ToNumber(a[1]) : 0;
                JsValue[] extra = a.Length > 2 ? a.Skip(2).ToArray() : Array.Empty<JsValue>();
                long id = Browser.Clock.Schedule(this, delay, () => Invoke(fn, extra), repeat ? Math.Max(1, double.IsNaN(delay) ? 0 : delay) : -1);
                return id;
            }
            JsValue Clear(JsValue[] a)
            {
                if (a.Length > 0 && a[0].IsNumber())
                {
                    long id = (long)a[0].AsNumber();
                    if (timerIds.Contains(id)) Browser.Clock.Cancel(id);
                }
                return JsValue.Undefined;
            }
            Engine.SetValue("setTimeout", Fn("setTimeout", (t, a) => { var v = Timer(a, false); timerIds.Add((long)v.AsNumber()); return v; }));
            Engine.SetValue("setInterval", Fn("setInterval", (t, a) => { var v = Timer(a, true); timerIds.Add((long)v.AsNumber()); return v; }));
            Engine.SetValue("clearTimeout", Fn("clearTimeout", (t, a) => Clear(a)));
            Engine.SetValue("clearInterval", Fn("clearInterval", (t, a) => Clear(a)));
        }
        private readonly HashSet<long> timerIds = new();

        public void Run(Prepared<Script> script)
        {
            if (!Alive) return;
            try { Engine.Execute(script); }
            catch (JavaScriptException e) { Errors.Add($"[{Name}] uncaught at load: {Describe(e.Error)} {e.JavaScriptStackTrace}"); }
            Drain();
        }

        public JsValue Eval(string js)
        {
            JsValue v = Engine.Evaluate(js);
            Drain();
            return v;
        }

        /// <summary>Calls a function in this realm as a task (a listener, a timer callback), then runs
        /// microtasks. A throw is an uncaught error of the realm.</summary>
        public JsValue Invoke(JsValue fn, params JsValue[] args)
        {
            if (!Alive) return JsValue.Undefined;
            JsValue r = JsValue.Undefined;
            try { r = Engine.Invoke(fn, args); }
            catch (JavaScriptException e) { Errors.Add($"[{Name}] uncaught: {Describe(e.Error)} {e.JavaScriptStackTrace}"); }
            Drain();
            return r;
        }

        public JsValue InvokeW(string member, params JsValue[] args) => Invoke(W.Get(member), args);

        public void Drain()
        {
            if (!Alive) return;
            try { Engine.Advanced.ProcessTasks(); }
            catch (JavaScriptException e) { Errors.Add($"[{Name}] uncaught in a job: {Describe(e.Error)} {e.JavaScriptStackTrace}"); }
            if (unhandled.Count > 0)
            {
                foreach (var kv in unhandled) Errors.Add($"[{Name}] unhandled promise rejection: {Describe(kv.Value)}");
                unhandled.Clear();
            }
        }

        public string Describe(JsValue v)
        {
            try
            {
                if (v is ObjectInstance o && !(v is Function))
                {
                    JsValue name = o.Get("name"), message = o.Get("message");
                    if (!message.IsUndefined()) return $"{TypeConverter.ToString(name)}: {TypeConverter.ToString(message)}";
                    return Engine.Evaluate("(x) => JSON.stringify(x)").Call(JsValue.Undefined, v).ToString();
                }
                return TypeConverter.ToString(v);
            }
            catch (Exception) { return v.ToString(); }
        }

        /// <summary>The bounded Await of jint-harness.md: runs microtasks and advances the virtual clock
        /// to the next timer until the promise settles.</summary>
        public JsValue Await(JsValue value, double maxVirtualMs = 120_000)
        {
            Drain();
            if (!value.IsPromise()) return value;
            var track = Engine.Evaluate("(p) => { const s = { done: false }; p.then(v => { s.done = true; s.ok = true; s.v = v; }, e => { s.done = true; s.ok = false; s.v = e; }); return s; }");
            var state = Engine.Invoke(track, value).AsObject();
            double limit = Browser.Clock.Now + maxVirtualMs;
            for (int i = 0; i < 100_000; i++)
            {
                Drain();
                if (state.Get("done").AsBoolean()) break;
                double? next = Browser.Clock.NextDue;
                if (next == null || next.Value > limit) break;
                Browser.Clock.AdvanceBy(Math.Max(0, next.Value - Browser.Clock.Now));
            }
            if (!state.Get("done").AsBoolean()) throw new AssertionException("promise still pending");
            if (!state.Get("ok").AsBoolean()) throw new JavaScriptException(state.Get("v"));
            return state.Get("v");
        }

        public override string ToString() => Name;
    }
}
