namespace WebRtcStatsExporter.Shared
{
    /// <summary>What the options page and the docs say about one setting of <see cref="SettingsTable"/>.</summary>
    public sealed class SettingText
    {
        /// <summary>The options page card: <c>endpoint</c>, <c>auth</c> or <c>capture</c> ("" = not shown).</summary>
        public string Section = "";
        public string Label = "";
        /// <summary>The hint under the field; also the README's "Rules" column.</summary>
        public string Help = "";
        public string Placeholder = "";
        /// <summary>Half-width on the options page.</summary>
        public bool Narrow;
        /// <summary>For a choice: what each of the row's choices is called.</summary>
        public string[] ChoiceLabels = new string[0];
    }

    /// <summary>Labels and help of the settings. Kept apart from the table's rows so that only the
    /// bundles that show them carry the texts: the worker, which describes the options form
    /// (<c>wse/form</c>), and the docs generator.</summary>
    public static class SettingsHelp
    {
        public const string Endpoint = "endpoint";
        public const string Auth = "auth";
        public const string Capture = "capture";

        public static SettingText For(string key)
        {
            switch (key)
            {
                case "sink":
                    SettingText sink = T(Endpoint, "Sink", "Pushgateway (PUT per tab, DELETE when the call ends); VictoriaMetrics or Prometheus remote write (Mimir, Thanos, Cortex, Prometheus) for large sites (see the README's Scaling).", "", true);
                    sink.ChoiceLabels = new[] { "Pushgateway", "VictoriaMetrics", "Prometheus remote write" };
                    return sink;
                case "vmTenant": return T(Endpoint, "VictoriaMetrics tenant", "Cluster vminsert only (/insert/<tenant>/prometheus/…), e.g. 42 or 42:7; empty for a single node.", "", true);
                case "remoteWriteTenant": return T(Endpoint, "Tenant (X-Scope-OrgID)", "Remote write only: the Mimir or Cortex tenant, at most 150 of A-Z a-z 0-9 !-_.*'(); leave empty otherwise.", "", true);
                case "url": return T(Endpoint, "Pushgateway URL", "The http(s) address: the base address for the Pushgateway and VictoriaMetrics (without /metrics/…), the full write endpoint for remote write (e.g. https://mimir.example/api/v1/push); no query. Any endpoint other than localhost/127.0.0.1 needs Chrome's permission for that one origin.", "https://pushgateway.example.com:9091", false);
                case "job": return T(Endpoint, "Job", "The job label: at most 128 characters, no control characters, no leading or trailing spaces.", "", true);
                case "agentId": return T(Endpoint, "Agent ID", "This agent's id, the instance and agent_id label of every series: at most 128 characters. Must be set.", "", true);
                case "labels": return T(Endpoint, "Extra labels", "Up to 5 labels added to every series, such as site=paris or team=billing: Prometheus label names the exporter does not use itself, values up to 128 characters. On this page, one name=value per line.", "site=paris\nteam=billing", false);
                case "pollIntervalSeconds": return T(Endpoint, "Poll interval (seconds)", "From 1 to 60: how often the page reads getStats().", "", true);
                case "pushIntervalSeconds": return T(Endpoint, "Push interval (seconds)", "From 5 to 300: how often the newest sample is sent; 10 keeps a Pushgateway healthy up to ~200 agents.", "", true);
                case "metricDetail":
                    SettingText detail = T(Endpoint, "Metric detail", "Standard: what the shipped alerts, dashboards and quality verdicts use, and what it takes to diagnose a bad call (loss, jitter, round-trip time, concealment, MOS, codec, connection, bytes): about 30 series and 0.9 KB per audio call's push. Detailed adds every other WebRTC field the exporter reads (jitter-buffer targets, echo, FEC, playout, video internals): about 50 series and 1.3 KB.", "", false);
                    detail.ChoiceLabels = new[] { "Standard", "Detailed" };
                    return detail;
                case "username": return T(Auth, "Username", "HTTP basic auth user name (no colon).", "", true);
                case "password": return T(Auth, "Password", "HTTP basic auth password. Stored on this computer only, never synced.", "", true);
                case "bearerToken": return T(Auth, "Bearer token", "Sent as Authorization: Bearer; use it or a user name and password, not both. Stored on this computer only, never synced.", "", false);
                case "gzip": return T(Auth, "Compress requests (gzip)", "Content-Encoding: gzip through CompressionStream (remote write is always snappy).", "", false);
                case "teams": return T(Capture, "Microsoft Teams", "Capture on teams.microsoft.com, teams.cloud.microsoft and teams.live.com.", "", false);
                case "meet": return T(Capture, "Google Meet", "Capture on meet.google.com.", "", false);
                case "connect": return T(Capture, "Amazon Connect", "Capture on *.my.connect.aws and *.awsapps.com/connect/.", "", false);
                case "genesys": return T(Capture, "Genesys Cloud", "Capture on the Genesys Cloud regions (mypurecloud.*, *.pure.cloud).", "", false);
                case "extraOrigins": return T(Capture, "Additional origins", "Other softphones, as scheme://host[:port] (no path), up to 50. Each needs Chrome's permission for that origin; the content scripts are registered on every device the setting syncs to.", "https://softphone.example.com", false);
                case "enabled": return T("", "Capture", "Switched back on by the popup's capture switch.", "", false);
                default: return T("", key, "", "", false);
            }
        }

        private static SettingText T(string section, string label, string help, string placeholder, bool narrow)
            => new SettingText { Section = section, Label = label, Help = help, Placeholder = placeholder, Narrow = narrow };
    }
}
