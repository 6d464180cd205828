using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Where the pushed groups live (endpoint, sink, job, agent id) and their tab slots.</summary>
    [ObjectLiteral]
    public sealed class GroupLedgerRecord
    {
        public string url;
        public string sink;
        public string job;
        public string agentId;
        public int[] slots;
    }

    /// <summary>The list of groups that received data and have not been deleted, kept in
    /// chrome.storage.local so that it survives the browser: chrome.storage.session (the tab state) is
    /// cleared when the browser quits or crashes, and without this list the groups of that last session
    /// would stay in the Pushgateway for ever. Written only when the list changes. At every worker start
    /// the groups in the list that the session does not know are adopted and deleted by the sweep.</summary>
    public sealed class GroupLedger
    {
        public const string StorageKey = "wse-groups";
        private readonly IStorageArea local;
        private string written = "";
        /// <summary>Nothing is written before the previous session's list was read and adopted.</summary>
        private bool adopted;

        public GroupLedger(IStorageArea local) { this.local = local; }

        private static string Signature(GroupLedgerRecord r)
            => r.url + "\n" + r.sink + "\n" + r.job + "\n" + r.agentId + "\n" + string.Join(",", r.slots);

        /// <summary>Records the current pushed slots under the current settings (no write if unchanged).</summary>
        public async Task Save(SessionState state, Settings s)
        {
            if (!adopted) return;
            var slots = new List<int>(state.pushedSlots);
            slots.Sort((a, b) => a - b); // small slot numbers: no overflow
            var r = new GroupLedgerRecord { url = s.url, sink = s.sink, job = s.job, agentId = s.agentId, slots = slots.ToArray() };
            string sig = Signature(r);
            if (sig == written) return;
            written = sig;
            await local.Set(StorageKey, r);
        }

        /// <summary>Groups of a previous browser session (in the ledger, unknown to this session's
        /// state): under the same settings they join <see cref="SessionState.pushedSlots"/> (the sweep
        /// deletes slots no tab owns); under settings that changed since, a DELETE is queued at once.</summary>
        public async Task AdoptOrphans(SessionState state, Settings current, DeliveryQueue queue)
        {
            GroupLedgerRecord? r = await local.Get<GroupLedgerRecord>(StorageKey);
            adopted = true;
            if (r == null || !Plain.IsArray(r.slots) || !Shape.IsString(r.url) || !Shape.IsString(r.job) || !Shape.IsString(r.agentId) || !Shape.IsString(r.sink)) return;
            written = Signature(r);
            bool sameWhere = r.url == current.url && r.sink == current.sink && r.job == current.job && r.agentId == current.agentId;
            Settings where = sameWhere ? current : Where(current, r);
            foreach (int slot in r.slots)
            {
                if (!Shape.IsIntIn(slot, 0, 10000) || state.pushedSlots.Contains(slot)) continue;
                if (sameWhere) { TabStates.MarkPushed(state, slot); continue; }
                if (SettingsStore.Validate(where).Count > 0) continue;
                HttpRequestSpec? d = Sinks.Delete(where, PushLoop.Key(where, slot));
                if (d != null) queue.Offer(d);
            }
        }

        /// <summary>The current settings (credentials, labels) with the ledger's destination.</summary>
        private static Settings Where(Settings current, GroupLedgerRecord r)
        {
            Settings s = SettingsStore.Clone(current);
            s.url = r.url;
            s.sink = r.sink;
            s.job = r.job;
            s.agentId = r.agentId;
            return s;
        }
    }
}
