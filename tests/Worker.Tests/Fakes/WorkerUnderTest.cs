using System.Linq;
using System.Threading.Tasks;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Tests;

namespace WebRtcStatsExporter.Worker.Tests.Fakes
{
    /// <summary>The worker's services wired as <c>Program.Main</c> wires them, with fakes for every
    /// browser API, a manual clock, and valid settings pointing at a Pushgateway.</summary>
    public sealed class WorkerUnderTest
    {
        public const string Gateway = "http://pgw.test:9091";
        public readonly ManualClock Clock = new(1_727_000_000_000);
        public readonly FakeTimers Timers;
        public readonly FakeStorageArea Session = new();
        public readonly FakeStorageArea Local = new();
        public readonly FakeSettingsStorage SettingsStorage = new();
        public readonly FakeSender Sender = new();
        public readonly FakeBrowserTabs BrowserTabs = new();
        public readonly FakeBadge Badge = new();
        public readonly FakeLog Log = new();
        public readonly Health Health = new();
        public readonly WorkerErrors Errors;
        public readonly SettingsLoader Settings;
        public readonly GroupLedger Ledger;
        public readonly TabRegistry Tabs;
        public readonly PushLoop Push;
        public readonly Sweeper Sweeper;

        public WorkerUnderTest(FakeStorageArea? session = null, FakeStorageArea? local = null)
        {
            if (session != null) Session = session;
            if (local != null) Local = local;
            Timers = new FakeTimers(Clock);
            Settings = new SettingsLoader(SettingsStorage);
            Settings.Current = Configure(SettingsStore.Defaults());
            Ledger = new GroupLedger(Local);
            Tabs = new TabRegistry(Session, Ledger, Settings);
            Errors = new WorkerErrors(Health, Log, Tabs);
            Push = new PushLoop(Tabs, Settings, new DeliveryQueue(Clock), Sender, Timers, Badge, new HostAccess(), Health, Errors, Clock);
            Sweeper = new Sweeper(Tabs, Settings, Push, BrowserTabs);
        }

        public static Settings Configure(Settings s)
        {
            s.url = Gateway;
            s.agentId = "agent-007";
            s.pushIntervalSeconds = 5;
            return s;
        }

        /// <summary>A sample of a live audio call in <paramref name="tabId"/> (as Ingest applies it).</summary>
        public TabRecord Call(int tabId, int pc = 0)
        {
            BrowserTabs.Open.Add(tabId);
            Sample inbound = new Sample
            {
                type = "inbound-rtp", kind = "audio", names = new[] { "packetsReceived", "packetsLost" }, values = new[] { 100.0, 1 },
                infoNames = new string[0], infoValues = new string[0],
            };
            var m = new StatsMessage { type = Messages.Stats, pc = pc, state = "connected", at = Clock.Now, samples = new[] { inbound } };
            return TabStates.Ingest(Tabs.State, tabId, 0, "https://teams.microsoft.com/v2/", Platform.Teams, m, Clock.Now);
        }

        /// <summary>Starts as the worker's start does: restore, adopt the ledger's orphans.</summary>
        public async Task Start()
        {
            await Tabs.Ready();
            await Ledger.AdoptOrphans(Tabs.State, Settings.Current, Push.Queue);
        }

        public string[] Requests() => Sender.Sent.Select(r => r.Method + " " + r.Url).ToArray();
    }
}
