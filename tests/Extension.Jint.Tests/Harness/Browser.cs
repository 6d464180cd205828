using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;

namespace WebRtcStatsExporter.JintTests.Harness
{
    public sealed class TabInfo
    {
        public int Id;
        public string Url = "";
        public bool Active = true;
        public int WindowId = 1;
        public int Index;
        public string Title = "";
        public JsonObject ToJson() => new()
        {
            ["id"] = Id, ["url"] = Url, ["active"] = Active, ["windowId"] = WindowId, ["index"] = Index,
            ["title"] = Title, ["status"] = "complete", ["incognito"] = false, ["highlighted"] = Active, ["pinned"] = false,
        };
    }

    public sealed class AlarmInfo
    {
        public string Name = "";
        public double ScheduledTime;
        public double? PeriodInMinutes;
        public long TimerId;
        public JsonObject ToJson()
        {
            var o = new JsonObject { ["name"] = Name, ["scheduledTime"] = ScheduledTime };
            if (PeriodInMinutes != null) o["periodInMinutes"] = PeriodInMinutes.Value;
            return o;
        }
    }

    /// <summary>The browser around the extension: one virtual clock, chrome.storage areas, tabs,
    /// alarms, the toolbar action, permissions, registered scripts, the network (fetch) — shared by
    /// the service worker and every frame, and surviving a worker restart as Chrome's do.</summary>
    public sealed class Browser
    {
        public const string ExtensionId = "wseextensionidforjinttestsaaaaaa";
        public readonly VirtualClock Clock = new(1_727_000_000_000);
        public readonly Dictionary<string, SortedDictionary<string, string>> Storage = new()
        {
            ["local"] = new(StringComparer.Ordinal), ["sync"] = new(StringComparer.Ordinal), ["session"] = new(StringComparer.Ordinal),
            ["managed"] = new(StringComparer.Ordinal),
        };
        public readonly SortedDictionary<int, TabInfo> Tabs = new();
        public readonly Dictionary<string, AlarmInfo> Alarms = new();
        public readonly List<string> AlarmsFired = new();
        /// <summary>Badge text per tab (key -1: global).</summary>
        public readonly Dictionary<int, string> BadgeText = new();
        public readonly Dictionary<int, string> BadgeColor = new();
        public readonly Dictionary<int, string> Title = new();
        public readonly List<string> ActionCalls = new();
        public readonly List<string> GrantedOrigins = new() { "http://localhost/*", "http://127.0.0.1/*" };
        public readonly List<string> Permissions = new() { "storage", "alarms", "scripting" };
        public readonly List<JsonNode> RegisteredScripts = new();
        public readonly FetchLog Fetch = new();
        public readonly Ports Ports;
        public readonly List<Frame> Frames = new();
        public readonly List<Realm> DeadRealms = new();
        public Realm? Worker { get; private set; }
        public bool ContextInvalidated;
        /// <summary>The extension's own files as fetch(chrome.runtime.getURL(name)) gets them: what the
        /// package ships from <c>static/</c> (copied unchanged into dist/unpacked by the build); null
        /// answers 404. These requests are not the network's and are not in <see cref="Fetch"/>.</summary>
        public Func<string, string?> PackageFile = name =>
        {
            string path = System.IO.Path.Combine(Bundles.RepoRoot, "static", name);
            return System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path) : null;
        };
        public readonly List<string> PackageFilesRead = new();
        /// <summary>chrome.storage.session is full (10 MB): every set rejects, as Chrome's does.</summary>
        public bool SessionQuotaExceeded;
        public bool UserGesture;
        public int WorkerStarts;
        public int CompressionCalls;

        public Browser() { Ports = new Ports(this); }

        /// <summary>The recorded Chromium report every scripted RTCPeerConnection answers (counters grow per poll).</summary>
        public string Fixture = FixtureText("chromium-audio-call.json");

        public static string FixtureText(string name)
            => System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

        public IEnumerable<Realm> AllRealms()
        {
            var list = new List<Realm>(DeadRealms);
            if (Worker != null) list.Add(Worker);
            foreach (Frame f in Frames) { if (f.Main != null) list.Add(f.Main); if (f.Isolated != null) list.Add(f.Isolated); }
            return list.Distinct();
        }

        // ---------------- service worker ----------------

        /// <summary>The running worker is <see cref="Bundles.OtherBackground"/> (its importScripts loads that build's shared.js).</summary>
        public bool WorkerOfOtherBuild { get; private set; }

        /// <summary>Starts (or restarts) the service worker: a fresh realm running background.js (or, after an
        /// update, another build of it). The storage, alarms and tabs stay, as in Chrome.</summary>
        public Realm StartWorker(string? wakeEvent = null, bool otherBuild = false)
        {
            StopWorker();
            WorkerStarts++;
            WorkerOfOtherBuild = otherBuild;
            var r = new Realm(this, "worker#" + WorkerStarts, "worker", null);
            Worker = r;
            r.Run(Bundles.Require(otherBuild ? Bundles.OtherBackground : Bundles.Background));
            if (wakeEvent == "installed") DispatchToWorker("runtime.onInstalled", new JsonArray(new JsonObject { ["reason"] = "install" }));
            if (wakeEvent == "startup") DispatchToWorker("runtime.onStartup", new JsonArray());
            return r;
        }

        /// <summary>Chrome stops an idle worker: its timers and pending work die with it.</summary>
        public void StopWorker()
        {
            if (Worker == null) return;
            Worker.Kill();
            DeadRealms.Add(Worker);
            Worker = null;
        }

        public void DispatchToWorker(string eventName, JsonArray args)
        {
            Realm? w = Worker;
            if (w == null || !w.Alive) return;
            Clock.Schedule(w, 0, () => w.InvokeW("dispatch", eventName, args.ToJsonString()));
        }

        private void DispatchToExtensionRealms(string eventName, JsonArray args, bool includeContent)
        {
            var targets = new List<Realm>();
            if (Worker != null && Worker.Alive) targets.Add(Worker);
            if (includeContent) foreach (Frame f in Frames) if (f.Alive && f.Isolated != null && f.Isolated.Alive) targets.Add(f.Isolated);
            string json = args.ToJsonString();
            foreach (Realm r in targets) Clock.Schedule(r, 0, () => r.InvokeW("dispatch", eventName, json));
        }

        // ---------------- tabs and frames ----------------

        public TabInfo OpenTab(int id, string url, bool active = true)
        {
            var t = new TabInfo { Id = id, Url = url, Active = active, Index = Tabs.Count };
            Tabs[id] = t;
            return t;
        }

        /// <summary>Loads a document: its content scripts run at document_start (override.js in the
        /// main world, content.js in the isolated world), before any page script.</summary>
        public Frame LoadFrame(int tabId, int frameId, string url, bool hook = true, bool bridge = true, Action<Frame>? beforeExtension = null)
        {
            if (!Tabs.ContainsKey(tabId)) OpenTab(tabId, url);
            if (frameId == 0) Tabs[tabId].Url = url;
            var f = new Frame(this, tabId, frameId, url);
            Frames.Add(f);
            f.Main = new Realm(this, $"main(tab {tabId}, frame {frameId})", "main", f);
            f.Isolated = new Realm(this, $"isolated(tab {tabId}, frame {frameId})", "isolated", f);
            f.Main.Engine.SetValue("__fixture", Fixture);
            f.Main.Eval("__wse.rtc.fixture = JSON.parse(__fixture); delete globalThis.__fixture;");
            beforeExtension?.Invoke(f);
            if (hook) f.Main.Run(Bundles.Require(Bundles.Override));
            if (bridge) f.Isolated.Run(Bundles.Require(Bundles.Content));
            return f;
        }

        public void CloseTab(int tabId)
        {
            foreach (Frame f in Frames.Where(x => x.TabId == tabId && x.Alive).ToList()) f.Unload();
            Tabs.Remove(tabId);
            DispatchToWorker("tabs.onRemoved", new JsonArray(tabId, new JsonObject { ["windowId"] = 1, ["isWindowClosing"] = false }));
        }

        /// <summary>A top-level navigation: the old documents unload, onUpdated reports the new URL.</summary>
        public void Navigate(int tabId, string url)
        {
            foreach (Frame f in Frames.Where(x => x.TabId == tabId && x.Alive).ToList()) f.Unload();
            TabInfo t = Tabs[tabId];
            t.Url = url;
            DispatchToWorker("tabs.onUpdated", new JsonArray(tabId, new JsonObject { ["status"] = "loading", ["url"] = url }, t.ToJson()));
        }

        public void TabUpdated(int tabId, JsonObject change)
        {
            DispatchToWorker("tabs.onUpdated", new JsonArray(tabId, change, Tabs[tabId].ToJson()));
        }

        // ---------------- runtime messaging ----------------

        internal JsonObject SenderOf(Frame f)
        {
            var s = new JsonObject
            {
                ["id"] = ExtensionId, ["url"] = f.Url, ["origin"] = f.Origin, ["frameId"] = f.FrameId,
                ["documentId"] = $"DOC{f.TabId:D4}{f.FrameId:D4}", ["documentLifecycle"] = "active",
            };
            if (Tabs.TryGetValue(f.TabId, out TabInfo? t)) s["tab"] = t.ToJson();
            return s;
        }

        /// <summary>chrome.runtime.sendMessage from a content script: delivered to the worker as a task;
        /// the answer (or "Receiving end does not exist") comes back as another task.</summary>
        internal void SendMessage(Realm from, string json, JsValue callback, JsonObject? senderOverride = null)
        {
            JsonObject sender = senderOverride ?? (from.Frame != null ? SenderOf(from.Frame) : new JsonObject { ["id"] = ExtensionId, ["url"] = $"chrome-extension://{ExtensionId}/popup.html", ["origin"] = $"chrome-extension://{ExtensionId}" });
            void Answer(string? err, string? resp)
            {
                if (!from.Alive) return;
                Clock.Schedule(from, 0, () => from.Invoke(callback, err == null ? JsValue.Null : err, resp == null ? JsValue.Null : resp));
            }
            Clock.Schedule(null, 0, () =>
            {
                Realm? w = Worker;
                if (w == null || !w.Alive || w.Listening.GetValueOrDefault("runtime.onMessage") == 0)
                {
                    Answer("Could not establish connection. Receiving end does not exist.", null);
                    return;
                }
                bool answered = false;
                var respond = w.Fn("respond", (t, a) =>
                {
                    if (answered) return JsValue.Undefined;
                    answered = true;
                    Answer(null, a.Length > 0 && a[0].IsString() ? a[0].AsString() : null);
                    return JsValue.Undefined;
                });
                // The bridge's question to the worker (wse/capture) is not data relayed from the page.
                if (IsCaptureQuery(json)) CaptureQueries++; else MessagesDelivered++;
                w.InvokeW("dispatchMessage", json, sender.ToJsonString(), respond);
            });
        }
        /// <summary>Messages delivered to the worker other than the bridge's capture questions.</summary>
        public int MessagesDelivered;
        /// <summary>The bridges' "capture here?" questions (<c>wse/capture</c>) delivered to the worker.</summary>
        public int CaptureQueries;

        static bool IsCaptureQuery(string json)
        {
            try { return JsonNode.Parse(json) is JsonObject o && o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)o["type"] == "wse/capture"; }
            catch (System.Text.Json.JsonException) { return false; }
        }

        /// <summary>Sends a message to the worker as if from a content script of <paramref name="f"/>
        /// (or with a forged sender), and returns the response JSON ("" for no response).</summary>
        public void SendToWorkerFrom(Frame f, string json, JsonObject? sender = null)
        {
            SendMessage(f.Isolated, json, f.Isolated.Fn("ignore", (t, a) => JsValue.Undefined), sender);
            Clock.RunDue();
        }

        // ---------------- storage ----------------

        public void SetStorage(string area, string key, JsonNode? value)
        {
            Storage[area][key] = value?.ToJsonString() ?? "null";
        }

        public JsonNode? GetStorage(string area, string key) => Storage[area].TryGetValue(key, out string? v) ? JsonNode.Parse(v) : null;

        /// <summary>The administrator's policy for the extension changes (Chrome re-reads policy files
        /// every few seconds): chrome.storage.managed becomes exactly <paramref name="policy"/> and
        /// onChanged fires in the "managed" area for every key that changed, as Chrome does.</summary>
        public void SetPolicy(JsonObject policy)
        {
            var store = Storage["managed"];
            var changes = new JsonObject();
            foreach (string gone in store.Keys.Where(k => !policy.ContainsKey(k)).ToList())
            {
                changes[gone] = new JsonObject { ["oldValue"] = JsonNode.Parse(store[gone]) };
                store.Remove(gone);
            }
            foreach (var kv in policy)
            {
                string nv = kv.Value?.ToJsonString() ?? "null";
                store.TryGetValue(kv.Key, out string? old);
                if (old == nv) continue;
                var c = new JsonObject();
                if (old != null) c["oldValue"] = JsonNode.Parse(old);
                c["newValue"] = JsonNode.Parse(nv);
                changes[kv.Key] = c;
                store[kv.Key] = nv;
            }
            FireChanged("managed", changes);
        }

        /// <summary>storage.set from a test (e.g. the options page saving): fires onChanged like any set.</summary>
        public void WriteStorage(string area, JsonObject items) => StorageSet(area, items);

        internal string StorageGet(string area, JsonNode? keys)
        {
            var store = Storage[area];
            var result = new JsonObject();
            if (keys == null) { foreach (var kv in store) result[kv.Key] = JsonNode.Parse(kv.Value); }
            else if (keys is JsonValue v && v.TryGetValue(out string? one)) { if (store.TryGetValue(one, out string? s)) result[one] = JsonNode.Parse(s); }
            else if (keys is JsonArray arr)
            {
                foreach (JsonNode? k in arr) { string key = k?.ToString() ?? "null"; if (store.TryGetValue(key, out string? s)) result[key] = JsonNode.Parse(s); }
            }
            else if (keys is JsonObject defaults)
            {
                foreach (var kv in defaults) result[kv.Key] = store.TryGetValue(kv.Key, out string? s) ? JsonNode.Parse(s) : kv.Value?.DeepClone();
            }
            return result.ToJsonString();
        }

        internal void StorageSet(string area, JsonObject items)
        {
            var store = Storage[area];
            var changes = new JsonObject();
            foreach (var kv in items)
            {
                string nv = kv.Value?.ToJsonString() ?? "null";
                store.TryGetValue(kv.Key, out string? old);
                if (old == nv) continue;
                var c = new JsonObject();
                if (old != null) c["oldValue"] = JsonNode.Parse(old);
                c["newValue"] = JsonNode.Parse(nv);
                changes[kv.Key] = c;
                store[kv.Key] = nv;
            }
            FireChanged(area, changes);
        }

        internal void StorageRemove(string area, IEnumerable<string> keys)
        {
            var store = Storage[area];
            var changes = new JsonObject();
            foreach (string k in keys)
            {
                if (!store.Remove(k, out string? old)) continue;
                changes[k] = new JsonObject { ["oldValue"] = JsonNode.Parse(old) };
            }
            FireChanged(area, changes);
        }

        private void FireChanged(string area, JsonObject changes)
        {
            if (changes.Count == 0) return;
            StorageEvents.Add(area + ":" + string.Join(",", changes.Select(c => c.Key)));
            // session storage is visible to trusted contexts only (the default access level)
            DispatchToExtensionRealms("storage.onChanged", new JsonArray(changes.DeepClone(), area), includeContent: area != "session");
            DispatchToExtensionRealms("storage." + area + ".onChanged", new JsonArray(changes.DeepClone()), includeContent: area != "session");
        }
        public readonly List<string> StorageEvents = new();

        // ---------------- alarms ----------------

        internal void AlarmCreate(string name, JsonObject info)
        {
            double? delay = info["delayInMinutes"]?.GetValue<double>();
            double? period = info["periodInMinutes"]?.GetValue<double>();
            double? when = info["when"]?.GetValue<double>();
            // Chrome 120+: at least 30 s
            if (delay != null && delay < 0.5) delay = 0.5;
            if (period != null && period < 0.5) period = 0.5;
            double at = when ?? Clock.Now + (delay ?? period ?? 0.5) * 60000;
            if (Alarms.TryGetValue(name, out AlarmInfo? old)) Clock.Cancel(old.TimerId);
            var a = new AlarmInfo { Name = name, ScheduledTime = at, PeriodInMinutes = period };
            Alarms[name] = a;
            ScheduleAlarm(a);
        }

        private void ScheduleAlarm(AlarmInfo a)
        {
            a.TimerId = Clock.Schedule(null, a.ScheduledTime - Clock.Now, () =>
            {
                AlarmsFired.Add(a.Name);
                var payload = a.ToJson();
                if (a.PeriodInMinutes != null)
                {
                    a.ScheduledTime += a.PeriodInMinutes.Value * 60000;
                    ScheduleAlarm(a);
                }
                else Alarms.Remove(a.Name);
                Realm? w = Worker;
                if (w != null && w.Alive) w.InvokeW("dispatch", "alarms.onAlarm", new JsonArray(payload).ToJsonString());
            });
        }

        internal bool AlarmClear(string name)
        {
            if (!Alarms.Remove(name, out AlarmInfo? a)) return false;
            Clock.Cancel(a.TimerId);
            return true;
        }

        // ---------------- action ----------------

        internal string? Action(string what, JsonObject d)
        {
            int? tab = d["tabId"]?.GetValue<int>();
            if (tab != null && !Tabs.ContainsKey(tab.Value)) return $"No tab with id: {tab}.";
            int key = tab ?? -1;
            ActionCalls.Add($"{what}({d.ToJsonString()})");
            switch (what)
            {
                case "setBadgeText": BadgeText[key] = d["text"]?.ToString() ?? ""; break;
                case "setBadgeBackgroundColor": BadgeColor[key] = d["color"]?.ToJsonString() ?? ""; break;
                case "setTitle": Title[key] = d["title"]?.ToString() ?? ""; break;
            }
            return null;
        }

        public string Badge(int tabId) => BadgeText.TryGetValue(tabId, out string? s) ? s : (BadgeText.TryGetValue(-1, out string? g) ? g : "");

        // ---------------- permissions ----------------

        internal static bool Matches(string pattern, string origin)
        {
            // "<scheme>://<host>/*" patterns, host may start with "*."
            int i = pattern.IndexOf("://", StringComparison.Ordinal);
            string scheme = pattern[..i], rest = pattern[(i + 3)..];
            string host = rest.Contains('/') ? rest[..rest.IndexOf('/')] : rest;
            if (!Uri.TryCreate(origin, UriKind.Absolute, out Uri? u)) return false;
            if (scheme != "*" && scheme != u.Scheme) return false;
            if (host == "*") return true;
            if (host.StartsWith("*.")) return u.Host == host[2..] || u.Host.EndsWith(host[1..]);
            return u.Host == host;
        }
    }
}
