using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The grouping key of one agent's tab: job, instance (= agent id) and a small tab slot.
    /// Pushgateway path: <c>/metrics/job/&lt;job&gt;/instance/&lt;agent&gt;/tab/&lt;slot&gt;</c>.
    /// A value that contains '/', is empty, or is "." / ".." (which URL parsers collapse) is sent
    /// as <c>&lt;name&gt;@base64/&lt;URL-safe base64 with padding&gt;</c>; any other value is
    /// percent-encoded.</summary>
    public sealed class GroupKey
    {
        public string Job = "";
        public string Agent = "";
        /// <summary>Small per-agent tab slot (0, 1, 2…), not Chrome's tab id; <see cref="AgentGroup"/>
        /// for the agent's own group (self-metrics and call counters), which has no tab label.</summary>
        public int TabSlot;
        /// <summary>The fleet's extra labels (settings <c>labels</c>, sorted by name): part of the
        /// grouping key, so the Pushgateway puts them on every series of the group, and VictoriaMetrics
        /// gets them as <c>extra_label</c>s.</summary>
        public LabelPair[] Labels = new LabelPair[0];

        public const int AgentGroup = -1;

        public bool IsAgentGroup => TabSlot == AgentGroup;

        public string Id
        {
            get
            {
                string id = Job + "\u0001" + Agent + "\u0001" + TabSlot;
                foreach (LabelPair l in Labels) id += "\u0001" + l.name + "=" + l.value;
                return id;
            }
        }

        public string[] LabelNames()
        {
            var names = new List<string> { "job", "instance" };
            if (!IsAgentGroup) names.Add("tab");
            foreach (LabelPair l in Labels) names.Add(l.name);
            return names.ToArray();
        }

        public string[] LabelValues()
        {
            var values = new List<string> { Job, Agent };
            if (!IsAgentGroup) values.Add(TabSlot.ToString());
            foreach (LabelPair l in Labels) values.Add(l.value);
            return values.ToArray();
        }
    }

    public static class GroupingPath
    {
        public static bool NeedsBase64(string value)
            => value.Length == 0 || value.IndexOf('/') >= 0 || value == "." || value == "..";

        /// <summary>One <c>/name/value</c> pair of a Pushgateway grouping path.</summary>
        public static string Segment(string name, string value)
        {
            if (NeedsBase64(value))
            {
                string b = TextEncoding.Base64(value, true);
                return "/" + name + "@base64/" + (b.Length == 0 ? "=" : b);
            }
            return "/" + name + "/" + TextEncoding.PercentEncode(value);
        }

        /// <summary><c>/metrics/job/…/instance/…/tab/…[/name/value…]</c> (the job itself may use @base64 too).</summary>
        public static string Path(GroupKey key)
        {
            string path = "/metrics" + Segment("job", key.Job) + Segment("instance", key.Agent);
            if (!key.IsAgentGroup) path += Segment("tab", key.TabSlot.ToString());
            foreach (LabelPair l in key.Labels) path += Segment(l.name, l.value);
            return path;
        }
    }
}
