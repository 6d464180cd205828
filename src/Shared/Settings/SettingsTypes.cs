using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The sink a user chooses (values stored as these strings).</summary>
    public static class SinkKinds
    {
        public const string Pushgateway = "pushgateway";
        public const string VictoriaMetrics = "victoriametrics";
        /// <summary>Prometheus remote write (the URL is the full write endpoint).</summary>
        public const string RemoteWrite = "remotewrite";
    }

    /// <summary>How many metric families a call's push carries (the <c>metricDetail</c> setting;
    /// <see cref="MetricCatalog"/>'s <see cref="MetricSet"/> column says which family is in which).</summary>
    public static class MetricDetail
    {
        /// <summary>The families the shipped rules, dashboards and quality verdicts use, and what a
        /// supervisor needs to diagnose a bad call: about 30 series per audio call, under 1 KB gzipped.</summary>
        public const string Standard = "standard";
        /// <summary>Every catalogue family (the rest of the W3C fields as well).</summary>
        public const string Detailed = "detailed";
    }

    /// <summary>One extra label added to every series (a fleet label such as <c>site="paris"</c>).</summary>
    [ObjectLiteral]
    public sealed class LabelPair
    {
        public string name;
        public string value;
    }

    /// <summary>The effective, fully populated settings: one field per row of
    /// <see cref="SettingsTable"/> (same names), every field set. Stored as plain objects: the
    /// secrets in <c>chrome.storage.local</c> under <see cref="SettingsStore.LocalKey"/>, the rest in
    /// <c>chrome.storage.sync</c> under <see cref="SettingsStore.SyncKey"/> (the platform switches
    /// inside <c>platforms</c>, the labels as a name → value object).</summary>
    [ObjectLiteral]
    public sealed class Settings
    {
        public int version;
        public bool enabled;
        public string sink;
        public string url;
        public string job;
        public string agentId;
        public LabelPair[] labels;
        public int pollIntervalSeconds;
        public int pushIntervalSeconds;
        public string vmTenant;
        /// <summary>Remote write tenant sent as <c>X-Scope-OrgID</c> (Mimir, Cortex); "" = none.</summary>
        public string remoteWriteTenant;
        public string username;
        public string password;
        public string bearerToken;
        public bool gzip;
        /// <summary><see cref="MetricDetail.Standard"/> or <see cref="MetricDetail.Detailed"/>.</summary>
        public string metricDetail;
        public bool teams;
        public bool meet;
        public bool connect;
        public bool genesys;
        public string[] extraOrigins;
    }

    /// <summary>One complaint, addressed to one setting (the options page shows it next to the field;
    /// for a policy problem, <see cref="field"/> is the policy key).</summary>
    [ObjectLiteral]
    public sealed class FieldError
    {
        public string field;
        public string message;
    }
}
