using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Boot: every listener is registered synchronously first (MV3 delivers the waking
    /// event only to listeners added in the first turn), then settings and tab state load.</summary>
    public static class Program
    {
        private static Task? settingsLoaded;

        public static void Main()
        {
            Sweeper.WorkerStartedAt = JsDate.Now();
            Chrome.Runtime.OnMessage.AddListener(OnMessage);
            Chrome.Tabs.OnRemoved.AddListener((tabId, info) => { _ = EndTab(tabId); });
            // Without the "tabs" permission Chrome hides the URL of hosts we cannot access: a load
            // without a URL is a navigation to such a host, i.e. away from the softphone.
            Chrome.Tabs.OnUpdated.AddListener((tabId, change, tab) => { if (change.Url != null || change.Status == "loading") _ = Guard(Navigated(tabId, change.Url)); });
            Chrome.Alarms.OnAlarm.AddListener(alarm => { if (alarm.Name == Sweeper.AlarmName) _ = Guard(Sweeper.Sweep()); });
            Chrome.Runtime.OnInstalled.AddListener(details => { _ = Guard(Sweeper.EnsureAlarm()); });
            Chrome.Runtime.OnStartup.AddListener(() => { _ = Guard(Sweeper.EnsureAlarm()); });
            Chrome.Storage.OnChanged.AddListener((changes, area) => { if (SettingsSource.Affects(area, JsObject.Keys(changes))) _ = Guard(Reload()); });
            Chrome.Permissions.OnAdded.AddListener(p => { _ = Guard(HostAccess.Refresh(SettingsLoader.Current)); });
            Chrome.Permissions.OnRemoved.AddListener(p => { _ = Guard(HostAccess.Refresh(SettingsLoader.Current)); });
            _ = Guard(Sweeper.EnsureAlarm());
            settingsLoaded = Guard(SettingsLoader.Load());
            _ = Guard(Start());
        }

        /// <summary>At every worker start: adopt the groups a quit browser left (GroupLedger), then sweep
        /// at once rather than at the alarm, so neither a browser restart nor a worker restart delays
        /// the deletion of a group nobody owns.</summary>
        private static async Task Start()
        {
            await TabRegistry.Ready();
            await SettingsReady();
            await GroupLedger.AdoptOrphans(TabRegistry.State, SettingsLoader.Current, PushLoop.Queue);
            PushLoop.EnsureRunning();
            await Sweeper.Sweep();
        }

        private static Task SettingsReady() => settingsLoaded ?? Task.CompletedTask;

        private static async Task Reload()
        {
            Settings before = SettingsLoader.Current;
            Settings after = await SettingsLoader.Load();
            await PushLoop.RetireOldGroups(before, after);
            PushLoop.EnsureRunning(); // re-times the push timer; the next tick uses the new settings
            // New endpoint, agent id, job or labels: push now, so the series do not vanish for a push interval.
            if (!SettingsStore.SameDestination(before, after)) await PushLoop.Tick();
        }

        private static bool OnMessage(object message, MessageSender sender, Action<object?> sendResponse)
        {
            if (message == null) return false;
            string type = message.As<MessageEnvelope>().type ?? "";
            if (type == Messages.Status)
            {
                _ = Guard(AnswerStatus(message.As<StatusRequest>(), sendResponse));
                return true; // the answer is asynchronous
            }
            _ = Guard(HandleBridge(message, sender));
            return false;
        }

        private static async Task HandleBridge(object message, MessageSender sender)
        {
            await SettingsReady();
            await Ingest.Handle(message, sender);
        }

        private static async Task AnswerStatus(StatusRequest req, Action<object?> sendResponse)
        {
            await SettingsReady();
            await TabRegistry.Ready();
            if (!Messages.IsValidStatus(req)) { sendResponse(null); return; }
            Settings s = SettingsLoader.Current;
            TabRecord? t = TabStates.Find(TabRegistry.State, req.tabId);
            sendResponse(new StatusResponse
            {
                platform = t == null ? "none" : t.platform,
                enabled = s.enabled,
                connections = TabStates.LiveCount(TabRegistry.State, req.tabId),
                lastPushAt = Health.LastSuccessAt,
                lastError = Health.LastError,
                pushes = Health.Pushes,
                bytes = Health.Bytes,
                settingsErrors = SettingsStore.Validate(s).ToArray(),
                policyProblems = SettingsLoader.Loaded.PolicyProblems.ToArray(),
                missingAccess = HostAccess.Missing,
            });
        }

        private static async Task EndTab(int tabId)
        {
            await TabRegistry.Ready();
            TabStates.EndTab(TabRegistry.State, tabId);
            TabRecord? t = TabStates.Find(TabRegistry.State, tabId);
            if (t != null) await PushLoop.EndTab(t);
        }

        private static async Task Navigated(int tabId, string? url)
        {
            await TabRegistry.Ready();
            TabRecord? t = TabStates.Find(TabRegistry.State, tabId);
            if (t == null) return;
            // A top-level navigation to another origin ends calls held by the top frame (same-origin
            // SPA route changes do not). Calls in sub-frames (a CCP embedded in a CRM) end through the
            // bridge's frame-gone message or the silent-connection sweep instead.
            UrlParts? p = url == null ? null : UrlParts.Parse(url);
            if (url != null && (p == null || p.Origin == t.origin)) return;
            bool onlyTop = true;
            foreach (ConnectionRecord c in t.connections) if (c.frameId != 0) onlyTop = false;
            if (onlyTop) await EndTab(tabId);
        }

        /// <summary>Listener work must never reject unobserved.</summary>
        private static async Task Guard(Task work)
        {
            try { await work; }
            catch (Exception) { Health.LastError = Health.LastError.Length > 0 ? Health.LastError : "Internal error in the service worker."; }
        }
    }
}
