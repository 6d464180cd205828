using System.Text;

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
        /// <summary>Small per-agent tab slot (0, 1, 2…), not Chrome's tab id.</summary>
        public int TabSlot;

        public string Id => Job + "\u0001" + Agent + "\u0001" + TabSlot;

        public string[] LabelNames() => new[] { "job", "instance", "tab" };
        public string[] LabelValues() => new[] { Job, Agent, TabSlot.ToString() };
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

        /// <summary><c>/metrics/job/…/instance/…/tab/…</c> (the job itself may use @base64 too).</summary>
        public static string Path(GroupKey key)
        {
            var sb = new StringBuilder();
            sb.Append("/metrics");
            sb.Append(Segment("job", key.Job));
            sb.Append(Segment("instance", key.Agent));
            sb.Append(Segment("tab", key.TabSlot.ToString()));
            return sb.ToString();
        }
    }
}
