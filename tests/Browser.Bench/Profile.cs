using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace WebRtcStatsExporter.Browser.Bench
{
    /// <summary>Where our page-side time goes (WSE_BENCH_PROFILE=1 only: the sampling profiler itself
    /// costs main-thread time, so it never runs during a measured window).</summary>
    public static class Profile
    {
        /// <summary>Total time of samples with one of our scripts anywhere on the stack, and the six
        /// heaviest leaf frames among them.</summary>
        public static (double InclusiveMs, List<(string Leaf, double Ms)> Top) Ours(JsonElement profile, string scriptUrl)
        {
            var parent = new Dictionary<int, int>();
            var url = new Dictionary<int, string>();
            var fn = new Dictionary<int, string>();
            foreach (var n in profile.GetProperty("nodes").EnumerateArray())
            {
                int id = n.GetProperty("id").GetInt32();
                url[id] = n.GetProperty("callFrame").GetProperty("url").GetString() ?? "";
                fn[id] = n.GetProperty("callFrame").GetProperty("functionName").GetString() ?? "";
                if (n.TryGetProperty("children", out var ch))
                    foreach (var c in ch.EnumerateArray()) parent[c.GetInt32()] = id;
            }
            bool Ours(int id) => url[id].StartsWith(scriptUrl, StringComparison.Ordinal);
            var memo = new Dictionary<int, bool>();
            bool Inclusive(int id)
            {
                if (memo.TryGetValue(id, out var v)) return v;
                v = Ours(id) || (parent.TryGetValue(id, out var p) && Inclusive(p));
                memo[id] = v;
                return v;
            }
            var samples = profile.GetProperty("samples").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var deltas = profile.GetProperty("timeDeltas").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            double incl = 0;
            var leaves = new Dictionary<string, double>();
            for (int i = 0; i < samples.Length; i++)
            {
                double dur = (i + 1 < deltas.Length ? deltas[i + 1] : 0) / 1000.0; // a sample stands for the time until the next one
                if (!Inclusive(samples[i])) continue;
                incl += dur;
                string leaf = (fn[samples[i]].Length == 0 ? "(anonymous)" : fn[samples[i]])
                              + (Ours(samples[i]) ? " [ours]" : url[samples[i]].Length == 0 ? " [native]" : " [" + url[samples[i]] + "]");
                leaves[leaf] = leaves.GetValueOrDefault(leaf) + dur;
            }
            return (incl, leaves.OrderByDescending(kv => kv.Value).Take(8).Select(kv => (kv.Key, kv.Value)).ToList());
        }
    }
}
