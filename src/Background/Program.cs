using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The composition root: every service of the worker is built here, once, with its
    /// storage, sender, timers and clock (tests build the same services with fakes). Then every
    /// listener is registered synchronously (MV3 delivers the waking event only to listeners added in
    /// the first turn), and settings and tab state load.</summary>
    public static class Program
    {
        public static void Main()
        {
            IClock clock = new SystemClock();
            var health = new Health();
            var settings = new SettingsLoader(new ChromeSettingsStorage());
            var ledger = new GroupLedger(ChromeStorageArea.Local());
            var tabs = new TabRegistry(ChromeStorageArea.Session(), ledger, settings);
            var errors = new WorkerErrors(health, new ConsoleLog(), tabs);
            var access = new HostAccess();
            var probe = new FetchProbe();
            var badge = new Badge(tabs);
            var push = new PushLoop(tabs, settings, new DeliveryQueue(clock), new HttpSender(health, clock), new DomTimers(),
                badge, access, health, errors, clock);
            var sweeper = new Sweeper(tabs, settings, push, new ChromeTabs());
            var ingest = new Ingest(tabs, settings, push, badge, clock);
            var worker = new WorkerEvents(settings, tabs, ledger, push, sweeper, ingest, access, new ContentScripts(), health, errors,
                new OptionsAnswers(settings, probe, new ConnectionTester(probe, clock), ContentScripts.WaitFor, Chrome.Runtime.GetUrl(""),
                    new PackageFiles(), errors));
            worker.Listen();
        }
    }
}
