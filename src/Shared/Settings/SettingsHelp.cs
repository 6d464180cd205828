namespace WebRtcStatsExporter.Shared
{
    /// <summary>What the options page and the docs say about one setting of <see cref="SettingsTable"/>.</summary>
    public sealed class SettingText
    {
        public string Label = "";
        /// <summary>The hint under the field; also the README's "Rules" column.</summary>
        public string Help = "";
    }

    /// <summary>Labels and help of the settings: the one C# source of these words. No bundle carries
    /// them: the docs generator (<see cref="SettingsDocs"/>) writes them into the README's table and,
    /// as each policy property's title and description, into <c>static/managed_schema.json</c>, which
    /// ships in the package; the worker reads them from there to describe the options form
    /// (<c>wse/form</c>), so every row the page shows must be a policy row (a Worker.Tests test checks each
    /// shown row's help arrives). Layout (section, placeholder, width, choice names) is
    /// <see cref="SettingsLayout"/>. The popup's <c>enabled</c> switch is on neither, so has no words.</summary>
    public static class SettingsHelp
    {
        public static SettingText For(string key)
        {
            switch (key)
            {
                case "sink":
                    return T("Sink", "Pushgateway (PUT per tab, DELETE when the call ends); VictoriaMetrics or Prometheus remote write (Mimir, Thanos, Cortex, Prometheus) for large sites (see the README's Scaling).");
                case "vmTenant": return T("VictoriaMetrics tenant", "Cluster vminsert only (/insert/<tenant>/prometheus/…), e.g. 42 or 42:7; empty for a single node.");
                case "remoteWriteTenant": return T("Tenant (X-Scope-OrgID)", "Remote write only: the Mimir or Cortex tenant, at most 150 of A-Z a-z 0-9 !-_.*'(); leave empty otherwise.");
                case "url": return T("Pushgateway URL", "The http(s) address: the base address for the Pushgateway and VictoriaMetrics (without /metrics/…), the full write endpoint for remote write (e.g. https://mimir.example/api/v1/push); no query. Any endpoint other than localhost/127.0.0.1 needs Chrome's permission for that one origin.");
                case "job": return T("Job", "The job label: at most 128 characters, no control characters, no leading or trailing spaces.");
                case "agentId": return T("Agent ID", "This agent's id, the instance and agent_id label of every series: at most 128 characters. Must be set.");
                case "labels": return T("Extra labels", "Up to 5 labels added to every series, such as site=paris or team=billing: Prometheus label names the exporter does not use itself, values up to 128 characters. On this page, one name=value per line.");
                case "pollIntervalSeconds": return T("Poll interval (seconds)", "From 1 to 60: how often the page reads getStats().");
                case "pushIntervalSeconds": return T("Push interval (seconds)", "From 5 to 300: how often the newest sample is sent; 10 keeps a Pushgateway healthy up to ~200 agents.");
                case "metricDetail":
                    return T("Metric detail", "Standard: what the shipped alerts, dashboards and quality verdicts use, and what it takes to diagnose a bad call (loss, jitter, round-trip time, concealment, MOS, codec, connection, bytes): about 30 series and 0.9 KB per audio call's push. Detailed adds every other WebRTC field the exporter reads (jitter-buffer targets, echo, FEC, playout, video internals): about 50 series and 1.3 KB.");
                case "username": return T("Username", "HTTP basic auth user name (no colon).");
                case "password": return T("Password", "HTTP basic auth password. Stored on this computer only, never synced.");
                case "bearerToken": return T("Bearer token", "Sent as Authorization: Bearer; use it or a user name and password, not both. Stored on this computer only, never synced.");
                case "gzip": return T("Compress requests (gzip)", "Content-Encoding: gzip through CompressionStream (remote write is always snappy).");
                case "teams": return T("Microsoft Teams", "Capture on teams.microsoft.com, teams.cloud.microsoft and teams.live.com.");
                case "meet": return T("Google Meet", "Capture on meet.google.com.");
                case "connect": return T("Amazon Connect", "Capture on *.my.connect.aws and *.awsapps.com/connect/.");
                case "genesys": return T("Genesys Cloud", "Capture on the Genesys Cloud regions (mypurecloud.*, *.pure.cloud).");
                case "extraOrigins": return T("Additional origins", "Other softphones, as scheme://host[:port] (no path), up to 50. Each needs Chrome's permission for that origin; the content scripts are registered on every device the setting syncs to.");
                default: return T(key, "");
            }
        }

        private static SettingText T(string label, string help) => new SettingText { Label = label, Help = help };
    }
}
