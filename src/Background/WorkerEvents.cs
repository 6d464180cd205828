using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The worker's listeners (messages, tabs, alarms, storage, permissions) and its start:
    /// each event's work runs through <see cref="WorkerErrors.Guard"/>.</summary>
    public sealed class WorkerEvents
    {
        private readonly SettingsLoader settings;
        private readonly TabRegistry tabs;
        private readonly GroupLedger ledger;
        private readonly PushLoop push;
        private readonly Sweeper sweeper;
        private readonly Ingest ingest;
        private readonly HostAccess access;
        private readonly ContentScripts scripts;
        private readonly Health health;
        private readonly WorkerErrors errors;
        private readonly OptionsAnswers options;
        private Task? settingsLoaded;

        public WorkerEvents(SettingsLoader settings, TabRegistry tabs, GroupLedger ledger, PushLoop push, Sweeper sweeper, Ingest ingest,
            HostAccess access, ContentScripts scripts, Health health, WorkerErrors errors, OptionsAnswers options)
        {
            this.options = options;
            this.settings = settings;
            this.tabs = tabs;
            this.ledger = ledger;
            this.push = push;
            this.sweeper = sweeper;
            this.ingest = ingest;
            this.access = access;
            this.scripts = scripts;
            this.health = health;
            this.errors = errors;
        }

        /// <summary>Registers every listener (synchronously), then starts loading.</summary>
        public void Listen()
        {
            Chrome.Runtime.OnMessage.AddListener(OnMessage);
            Chrome.Tabs.OnRemoved.AddListener((tabId, info) => { _ = errors.Guard(WorkerErrors.Tabs, EndTab(tabId)); });
            // Without the "tabs" permission Chrome hides the URL of hosts we cannot access: a load
            // without a URL is a navigation to such a host, i.e. away from the softphone.
            Chrome.Tabs.OnUpdated.AddListener((tabId, change, tab) => { if (change.Url != null || change.Status == "loading") _ = errors.Guard(WorkerErrors.Tabs, Navigated(tabId, change.Url)); });
            Chrome.Alarms.OnAlarm.AddListener(alarm => { if (alarm.Name == Sweeper.AlarmName) _ = errors.Guard(WorkerErrors.Alarm, SweepAndReport()); });
            Chrome.Runtime.OnInstalled.AddListener(details => { _ = errors.Guard(WorkerErrors.Alarm, Sweeper.EnsureAlarm()); });
            Chrome.Runtime.OnStartup.AddListener(() => { _ = errors.Guard(WorkerErrors.Alarm, Sweeper.EnsureAlarm()); });
            Chrome.Storage.OnChanged.AddListener((changes, area) => { if (SettingsSource.Affects(area, JsObject.Keys(changes))) _ = errors.Guard(WorkerErrors.Settings, Reload()); });
            Chrome.Permissions.OnAdded.AddListener(p => { _ = errors.Guard(WorkerErrors.Permissions, access.Refresh(settings.Current)); });
            Chrome.Permissions.OnRemoved.AddListener(p => { _ = errors.Guard(WorkerErrors.Permissions, access.Refresh(settings.Current)); });
            _ = errors.Guard(WorkerErrors.Alarm, Sweeper.EnsureAlarm());
            settingsLoaded = errors.Guard(WorkerErrors.Settings, LoadSettings());
            _ = errors.Guard(WorkerErrors.Start, Start());
        }

        /// <summary>Loads the settings, then what follows from them: host access and the content
        /// scripts of the extra origins.</summary>
        private async Task<Settings> LoadSettings()
        {
            Settings s = await settings.Load();
            await access.Refresh(s);
            try { await scripts.Sync(s.extraOrigins); }
            catch (Exception e) { health.LastError = "Could not register the content scripts for the additional origins: " + e.Message; }
            return s;
        }

        /// <summary>At every worker start: adopt the groups a quit browser left (GroupLedger), then sweep
        /// at once rather than at the alarm, so neither a browser restart nor a worker restart delays
        /// the deletion of a group nobody owns.</summary>
        private async Task Start()
        {
            await tabs.Ready();
            AgentCounterOps.Add(tabs.State.agent, AgentCounterOps.WorkerStarts, "", "", 1);
            await tabs.Save();
            await SettingsReady();
            await ledger.AdoptOrphans(tabs.State, settings.Current, push.Queue);
            push.EnsureRunning();
            await sweeper.Sweep();
        }

        /// <summary>The alarm's minute: the sweep, then the agent's own group (so it is pushed once a
        /// minute whether or not a call is live).</summary>
        private async Task SweepAndReport()
        {
            await sweeper.Sweep();
            await push.PushAgent();
        }

        private Task SettingsReady() => settingsLoaded ?? Task.CompletedTask;

        private async Task Reload()
        {
            Settings before = settings.Current;
            Settings after = await LoadSettings();
            await push.RetireOldGroups(before, after);
            push.EnsureRunning(); // re-times the push timer; the next tick uses the new settings
            // New endpoint, agent id, job or labels: push now, so the series do not vanish for a push interval.
            if (!SettingsStore.SameDestination(before, after)) await push.Tick();
        }

        private bool OnMessage(object message, MessageSender sender, Action<object?> sendResponse)
        {
            if (message == null) return false;
            string type = message.As<MessageEnvelope>().type ?? "";
            if (type == Messages.Status)
            {
                _ = errors.Guard(WorkerErrors.Status, AnswerStatus(message.As<StatusRequest>(), sendResponse));
                return true; // the answer is asynchronous
            }
            if (type == Messages.ToggleSite)
            {
                _ = errors.Guard(WorkerErrors.Status, AnswerToggle(message.As<ToggleSiteRequest>(), sender, sendResponse));
                return true;
            }
            if (type == Messages.Capture)
            {
                _ = errors.Guard(WorkerErrors.Message, AnswerCapture(sender, sendResponse));
                return true;
            }
            if (type == Messages.Form)
            {
                _ = errors.Guard(WorkerErrors.Message, AnswerForm(sender, sendResponse));
                return true;
            }
            if (type == Messages.SaveSettings)
            {
                _ = errors.Guard(WorkerErrors.Settings, AnswerSave(message.As<SaveSettingsRequest>(), sender, sendResponse));
                return true;
            }
            if (type == TestConnectionRequest.Type)
            {
                _ = errors.Guard(WorkerErrors.Message, AnswerTest(message.As<TestConnectionRequest>(), sender, sendResponse));
                return true;
            }
            _ = errors.Guard(WorkerErrors.Message, HandleBridge(message, sender));
            return false;
        }

        /// <summary>The bridge's question: capture in its frame, and how often. Decided from the sender
        /// (Chrome's, never the message) and the settings as stored now; only our own content scripts
        /// in a tab get an answer. A frame of an opaque origin is never captured.</summary>
        private async Task AnswerCapture(MessageSender sender, Action<object?> sendResponse)
        {
            if (sender.Id != Chrome.Runtime.Id || sender.Tab == null) { sendResponse(null); return; }
            await SettingsReady();
            Settings s = await settings.Peek();
            sendResponse(new CaptureAnswer
            {
                capture = Platforms.EnabledPlatform(s, Ingest.FrameUrl(sender)) != Platform.None,
                pollMs = s.pollIntervalSeconds * 1000,
            });
        }

        private async Task AnswerTest(TestConnectionRequest req, MessageSender sender, Action<object?> sendResponse)
            => sendResponse(await options.Test(req, sender.Url));

        /// <summary>The options form; a failure answers null (the page says the worker did not answer)
        /// and is counted.</summary>
        private async Task AnswerForm(MessageSender sender, Action<object?> sendResponse)
        {
            try { sendResponse(await options.Form(sender.Url)); }
            catch { sendResponse(null); throw; }
        }

        /// <summary>The options page's Save: after the first load (and its v1 migration), so that the
        /// two never write at once. A failure answers null (the page says so; nothing was stored) and
        /// is counted.</summary>
        private async Task AnswerSave(SaveSettingsRequest req, MessageSender sender, Action<object?> sendResponse)
        {
            try
            {
                await SettingsReady();
                sendResponse(await options.Save(req, sender.Url));
            }
            catch { sendResponse(null); throw; }
        }

        private async Task HandleBridge(object message, MessageSender sender)
        {
            await SettingsReady();
            await ingest.Handle(message, sender);
        }

        private async Task AnswerStatus(StatusRequest req, Action<object?> sendResponse)
        {
            await SettingsReady();
            await tabs.Ready();
            if (!Messages.IsValidStatus(req)) { sendResponse(null); return; }
            Settings s = settings.Current;
            // As stored now, not the last reload: a switch the popup has just made shows at once,
            // even when this worker's reload (on the storage event) has not run yet.
            LoadedSettings stored = await settings.Fresh();
            TabRecord? t = TabStates.Find(tabs.State, req.tabId);
            QualitySummary quality = QualitySummary.For(t);
            string[] missing = access.Missing;
            sendResponse(new StatusResponse
            {
                platform = t == null ? "none" : t.platform,
                enabled = s.enabled,
                connections = TabStates.LiveCount(tabs.State, req.tabId),
                lastPushAt = health.LastSuccessAt,
                lastError = health.LastError,
                pushes = health.Pushes,
                bytes = health.Bytes,
                settingsErrors = SettingsStore.Validate(s).ToArray(),
                policyProblems = stored.PolicyProblems.ToArray(),
                missingAccess = missing,
                quality = quality.Verdict,
                qualityReason = quality.Reason,
                mos = quality.Mos,
                site = SiteSwitch.Site(stored, req.url, t == null ? null : t.platform),
                accessText = SiteSwitch.AccessText(missing, access.EndpointMissing(s)),
                accessPatterns = SiteSwitch.Patterns(missing),
            });
        }

        /// <summary>A page of this extension (the popup), never a content script: only it may change settings.</summary>
        private static bool FromOurPage(MessageSender sender)
            => sender.Id == Chrome.Runtime.Id && OwnPages.Sent(sender.Url, Chrome.Runtime.GetUrl(""));

        /// <summary>The popup's site switch: stored from the settings as they are now (the popup asked
        /// Chrome for the origin's access first, inside its click); for an additional origin the
        /// answer waits until the reload has registered its content scripts.</summary>
        private async Task AnswerToggle(ToggleSiteRequest req, MessageSender sender, Action<object?> sendResponse)
        {
            if (!FromOurPage(sender)) { sendResponse(null); return; }
            string note;
            bool ok = false;
            try { note = await Toggle(req); ok = true; }
            catch (Exception e)
            {
                string m = e.Message; // null for some rejections in JS
                note = "Could not change the setting: " + (m == null || m.Length == 0 ? "unknown error" : m);
            }
            sendResponse(new ToggleSiteAnswer { ok = ok, note = note });
        }

        /// <summary>Stores the switch and returns the note; throws the refusal.</summary>
        private async Task<string> Toggle(ToggleSiteRequest req)
        {
            if (!Messages.IsValidToggleSite(req)) throw new Exception("the request was malformed.");
            await SettingsReady();
            await tabs.Ready();
            TabRecord? t = TabStates.Find(tabs.State, req.tabId);
            string? label = t == null ? null : t.platform;
            LoadedSettings now = await settings.Fresh();
            SiteStatus site = SiteSwitch.Site(now, req.url, label);
            if (!site.supported) throw new Exception("this page is not a supported page.");
            if (site.locked) throw new Exception("your organisation's policy sets it.");
            await settings.Save(SiteSwitch.Toggle(now.User, SiteSwitch.PlatformOf(req.url, label), site.origin, req.on));
            if (site.permission.Length == 0) return req.on ? "Calls on this page are captured from the next poll." : "";
            bool ready = await ContentScripts.WaitFor((await settings.Fresh()).Effective.extraOrigins);
            if (!req.on) return "";
            return ready ? "Reload the page to start capturing on " + site.origin + "." : "Saved; the background worker has not registered " + site.origin + " yet.";
        }

        private async Task EndTab(int tabId)
        {
            await tabs.Ready();
            TabStates.EndTab(tabs.State, tabId);
            TabRecord? t = TabStates.Find(tabs.State, tabId);
            if (t != null) await push.EndTab(t);
        }

        private async Task Navigated(int tabId, string? url)
        {
            await tabs.Ready();
            TabRecord? t = TabStates.Find(tabs.State, tabId);
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
    }
}
