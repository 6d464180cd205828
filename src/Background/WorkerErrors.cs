using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Where the worker writes what went wrong for a developer (the service worker's console,
    /// shown under "Errors" on chrome://extensions).</summary>
    public interface IWorkerLog
    {
        void Error(string line);
    }

    /// <summary><see cref="IWorkerLog"/> on the service worker's console.</summary>
    public sealed class ConsoleLog : IWorkerLog
    {
        public void Error(string line) => Dom.Console.Error(line);
    }

    /// <summary>Exceptions that escaped a listener's or a timer's work. The work that failed is over
    /// (an outage never crashes the worker: the next event starts afresh), but nothing is swallowed
    /// silently: each is counted by where it happened (exported as webrtc_exporter_worker_errors_total),
    /// shown in the popup when nothing more specific is, and written to the worker's console, where the
    /// Jint tests fail on it unless a test expects it.</summary>
    public sealed class WorkerErrors
    {
        public const string Message = WorkerErrorPlaces.Message;
        public const string Status = WorkerErrorPlaces.Status;
        public const string Tabs = WorkerErrorPlaces.Tabs;
        public const string Alarm = WorkerErrorPlaces.Alarm;
        public const string Settings = WorkerErrorPlaces.Settings;
        public const string Permissions = WorkerErrorPlaces.Permissions;
        public const string Start = WorkerErrorPlaces.Start;
        public const string Push = WorkerErrorPlaces.Push;
        public const string Delivery = WorkerErrorPlaces.Delivery;
        /// <summary>The line's prefix in the worker's console.</summary>
        public const string LogPrefix = "webrtc-stats-exporter: worker error in ";

        /// <summary>Every value of the where label (each series exists from 0).</summary>
        public static string[] Places => WorkerErrorPlaces.All;

        private readonly Health health;
        private readonly IWorkerLog log;
        private readonly TabRegistry tabs;

        public WorkerErrors(Health health, IWorkerLog log, TabRegistry tabs)
        {
            this.health = health;
            this.log = log;
            this.tabs = tabs;
        }

        /// <summary>Runs listener or timer work to its end; an exception is recorded, never rethrown
        /// (a listener's promise must not reject unobserved).</summary>
        public async Task Guard(string where, Task work)
        {
            try { await work; }
            catch (Exception e) { Record(where, e); }
        }

        public void Record(string where, Exception e)
        {
            // exported from the agent's group; saved with the tab state's next write
            AgentCounterOps.Add(tabs.State.agent, AgentCounterOps.WorkerErrors, "", where, 1);
            if (health.LastError.Length == 0) health.LastError = "Internal error in the service worker (" + where + ").";
            log.Error(LogPrefix + where + ": " + Describe(e));
        }

        /// <summary>The errors recorded at <paramref name="where"/> (this browser session's, as exported).</summary>
        public double Count(string where) => AgentCounterOps.Value(tabs.State.agent, AgentCounterOps.WorkerErrors, "", where);

        /// <summary>The exception's message without anything that looks like an address (a browser
        /// error may quote a URL; logs carry no URLs).</summary>
        public static string Describe(Exception e)
        {
            var words = new List<string>();
            foreach (string word in (e.Message ?? "").Split(' ')) words.Add(word.Contains("://") ? "[address]" : word);
            string text = string.Join(" ", words);
            return text.Length > 200 ? text.Substring(0, 200) + "…" : text;
        }
    }
}
