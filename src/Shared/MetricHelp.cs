using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The texts of each metric family, apart from <see cref="MetricCatalog"/>'s rows so that
    /// the page's bundle, which needs the rows only, does not carry them. Here the HELP line pushed
    /// with every sample; the longer texts of docs/metrics.md are in <see cref="MetricDocs"/> (never in
    /// a bundle: only the docs generator reaches that class, and with it their tables).
    /// The HELP line is a short pointer made of a few shared words (where the value comes from, then
    /// docs/metrics.md), not a description: gzip stores each repeated phrase once, while a distinct
    /// text per family cost 8 bytes gzipped per family (0.41 KB of a 1.8 KB push, issue 13). promtool
    /// wants a HELP on every family, and the Pushgateway wants one text per family across every group
    /// and agent (a family whose HELP differs between groups is logged on every scrape), so the text
    /// may not depend on anything but the family, and it changes only with a reason.</summary>
    public static class MetricHelp
    {
        private const string Docs = "; docs/metrics.md.";

        /// <summary>The HELP line's text for a family: "WebRTC stats" (the browser's value; the name's
        /// prefix already says which stats type, webrtc_remote_inbound_ for remote-inbound-rtp), "Derived
        /// from WebRTC stats" (the worker's estimate), or the exporter's own (agent group, tab total).
        /// Naming the stats type in every HELP cost 75 B gzipped per push.</summary>
        public static string For(string name)
        {
            List<MetricDef> fam = MetricCatalog.Family(name);
            if (fam.Count == 0) return name;
            MetricDef d = fam[0];
            if (d.AgentScope) return name.StartsWith("webrtc_agent_") ? "WebRTC Stats Exporter per-agent call counter" + Docs : "WebRTC Stats Exporter self-metric" + Docs;
            if (d.StatsType.Length == 0) return "WebRTC Stats Exporter per-tab total" + Docs;
            return (d.Derived ? "Derived from WebRTC stats" : "WebRTC stats") + Docs;
        }
    }
}
