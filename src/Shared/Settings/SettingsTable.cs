using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>How a setting's value is typed and edited.</summary>
    public enum SettingKind
    {
        Text,
        /// <summary>A text that is never synced, logged or shown back (password, token).</summary>
        Secret,
        Url,
        /// <summary>One of <see cref="SettingDef.Choices"/>.</summary>
        Choice,
        /// <summary>A whole number within <see cref="SettingDef.Min"/>..<see cref="SettingDef.Max"/>.</summary>
        Number,
        Switch,
        /// <summary>A list of <c>scheme://host[:port]</c> origins, at most <see cref="SettingDef.Max"/>.</summary>
        Origins,
        /// <summary>Prometheus label name → value pairs, at most <see cref="SettingDef.Max"/>.</summary>
        Labels,
    }

    /// <summary>Where the user's own value of a setting is stored. An administrator's policy
    /// (<c>chrome.storage.managed</c>) may set any row with <see cref="SettingDef.InPolicy"/>,
    /// whatever its area, and then wins.</summary>
    public enum SettingArea
    {
        /// <summary><c>chrome.storage.sync</c> (follows the user's profile to every device).</summary>
        Sync,
        /// <summary><c>chrome.storage.local</c> (this device only, never synced).</summary>
        LocalSecret,
        /// <summary>Only a policy can set it; the user never can.</summary>
        PolicyOnly,
    }

    /// <summary>The check a value must pass, beyond its kind.</summary>
    public enum SettingRule
    {
        None,
        /// <summary>A required Prometheus label value: 1..Max characters, no control characters,
        /// no leading or trailing spaces.</summary>
        LabelValue,
        /// <summary>An absolute http(s) base URL without query or fragment.</summary>
        HttpUrl,
        /// <summary>Empty, or a VictoriaMetrics cluster tenant <c>accountId[:projectId]</c> in digits.</summary>
        Tenant,
        /// <summary>No colon (HTTP basic auth).</summary>
        UserName,
        /// <summary>Printable ASCII only (sent in a header).</summary>
        HeaderValue,
        /// <summary>Empty, or a Mimir/Cortex tenant id (<c>X-Scope-OrgID</c>): letters, digits and
        /// <c>!-_.*'()</c>, not "." or "..".</summary>
        OrgId,
    }

    /// <summary>One row of the settings table.</summary>
    public sealed class SettingDef
    {
        /// <summary>The field of <see cref="Settings"/>, the key in storage and the policy key (under
        /// <see cref="Group"/> when set).</summary>
        public string Key = "";
        /// <summary>"" or the name of the object that holds this key in storage and policy
        /// (<c>platforms</c>: <c>{ "platforms": { "teams": false } }</c>).</summary>
        public string Group = "";
        public SettingKind Kind;
        /// <summary><see cref="SettingArea.Sync"/> unless the row says otherwise.</summary>
        public SettingArea Area;
        public SettingRule Rule;
        /// <summary>A policy may set it (appears in <c>static/managed_schema.json</c>).</summary>
        public bool InPolicy = true;
        /// <summary>Settings that a policy owns together: when a policy sets one of them, it owns them
        /// all, and the ones it leaves out take their defaults. So the user's credentials never go to
        /// an endpoint the policy chose, and the policy's credentials never to the user's endpoint.</summary>
        public string PolicyGroup = "";
        /// <summary>Numbers: bounds. Text: <see cref="Max"/> is the longest value. Lists: most entries.</summary>
        public int Min;
        public int Max;
        public string[] Choices = new string[0];
        /// <summary>The default: a string, an int, a bool, or null for an empty list.</summary>
        public object? Default;
        /// <summary>The setting's name inside messages ("Agent ID must …").</summary>
        public string Name = "";
        /// <summary>The original extension's flat sync key (version 1), if it had this setting.</summary>
        public string? LegacyKey;

        public bool IsSecret => Kind == SettingKind.Secret;
        /// <summary>The dotted policy/storage path: <c>url</c>, <c>platforms.teams</c>.</summary>
        public string Path => Group.Length > 0 ? Group + "." + Key : Key;

        /// <summary>This row's value in a stored or policy object (under <see cref="Group"/> when set),
        /// or null when it is not there.</summary>
        public object? ValueIn(object? o) => Plain.Get(Group.Length > 0 ? Plain.Get(o, Group) : o, Key);
    }

    /// <summary>THE settings table: every setting's key, kind, default, bounds, storage area, policy
    /// group and v1 key. It drives normalisation, validation, migration and the policy merge
    /// (<see cref="SettingsStore"/>, <see cref="SettingsPolicy"/>), the options form and the docs
    /// (layout in <see cref="SettingsLayout"/>, labels and help in <see cref="SettingsHelp"/>), the README's configuration table and
    /// <c>static/managed_schema.json</c> (<see cref="SettingsDocs"/>, both guarded by tests).</summary>
    public static class SettingsTable
    {
        public const string Platforms = "platforms";
        public const string EndpointGroup = "endpoint";
        public const string AuthGroup = "auth";

        public const int MaxLabelLength = 128;
        public const int MaxExtraOrigins = 50;
        public const int MaxExtraLabels = 5;

        // Built on first use: other bundles' static fields (default settings) read the table while
        // the bundle's statics are still being initialised, and cs2js orders static initialisers by
        // the types they name, not by the methods they call.
        private static List<SettingDef>? rows;

        public static List<SettingDef> All => rows ??= Build();

        public static SettingDef? Find(string key)
        {
            foreach (SettingDef d in All) if (d.Key == key) return d;
            return null;
        }

        /// <summary>Label names a fleet label may not take: the grouping key, every label of the
        /// metric catalogue (a test keeps this in step with <see cref="MetricCatalog"/>), and
        /// Prometheus' own. Names starting with <c>__</c> or <c>exported_</c> are refused too.</summary>
        public static readonly string[] ReservedLabels =
        {
            "job", "instance", "tab", "agent_id", "platform", "origin", "pc", "kind", "reason",
            "mime_type", "local_candidate_type", "local_protocol", "relay_protocol", "remote_candidate_type",
            "ice_state", "dtls_state", "connection_state", "le", "quantile",
            // the agent group (version, result, where) and the shipped recording rules (direction)
            "version", "result", "where", "direction",
        };

        private static List<SettingDef> Build()
        {
            var r = new List<SettingDef>();
            r.Add(new SettingDef
            {
                Key = "sink", Kind = SettingKind.Choice, PolicyGroup = EndpointGroup, Name = "Sink",
                Choices = new[] { SinkKinds.Pushgateway, SinkKinds.VictoriaMetrics, SinkKinds.RemoteWrite }, Default = SinkKinds.Pushgateway,
            });
            r.Add(new SettingDef
            {
                Key = "vmTenant", Kind = SettingKind.Text, Rule = SettingRule.Tenant, PolicyGroup = EndpointGroup,
                Name = "Tenant", Max = 21, Default = "",
            });
            r.Add(new SettingDef
            {
                Key = "remoteWriteTenant", Kind = SettingKind.Text, Rule = SettingRule.OrgId, PolicyGroup = EndpointGroup,
                Name = "Tenant", Max = SettingsStore.MaxOrgIdLength, Default = "",
            });
            r.Add(new SettingDef
            {
                Key = "url", Kind = SettingKind.Url, Rule = SettingRule.HttpUrl, PolicyGroup = EndpointGroup,
                Name = "URL", Max = 2048, Default = SettingsStore.DefaultUrl, LegacyKey = "url",
            });
            r.Add(new SettingDef
            {
                Key = "job", Kind = SettingKind.Text, Rule = SettingRule.LabelValue,
                Name = "Job", Max = MaxLabelLength, Default = SettingsStore.DefaultJob, LegacyKey = "job",
            });
            r.Add(new SettingDef
            {
                Key = "agentId", Kind = SettingKind.Text, Rule = SettingRule.LabelValue,
                Name = "Agent ID", Max = MaxLabelLength, Default = "", LegacyKey = "agentId",
            });
            r.Add(new SettingDef
            {
                Key = "labels", Kind = SettingKind.Labels, Name = "Labels", Max = MaxExtraLabels,
            });
            r.Add(new SettingDef
            {
                Key = "pollIntervalSeconds", Kind = SettingKind.Number, Name = "Poll interval",
                Min = SettingsStore.MinPollSeconds, Max = SettingsStore.MaxPollSeconds, Default = SettingsStore.DefaultPollSeconds, LegacyKey = "updateInterval",
            });
            // 10 s: one group per agent at 10 s keeps a default Pushgateway under 200 ms p99 up to
            // ~200 agents (docs/scaling.md); VictoriaMetrics takes 5 s for thousands.
            r.Add(new SettingDef
            {
                Key = "pushIntervalSeconds", Kind = SettingKind.Number, Name = "Push interval",
                Min = SettingsStore.MinPushSeconds, Max = SettingsStore.MaxPushSeconds, Default = SettingsStore.DefaultPushSeconds,
            });
            // Which metric families a call's push carries (MetricCatalog's Set column): standard keeps an
            // audio call's push under 1 KB gzipped; detailed adds the rest of the W3C fields.
            r.Add(new SettingDef
            {
                Key = "metricDetail", Kind = SettingKind.Choice, Name = "Metric detail",
                Choices = new[] { MetricDetail.Standard, MetricDetail.Detailed }, Default = MetricDetail.Standard,
            });
            r.Add(new SettingDef
            {
                Key = "username", Kind = SettingKind.Text, Rule = SettingRule.UserName, PolicyGroup = AuthGroup,
                Name = "User name", Max = 256, Default = "", LegacyKey = "username",
            });
            r.Add(new SettingDef
            {
                Key = "password", Kind = SettingKind.Secret, Area = SettingArea.LocalSecret, PolicyGroup = AuthGroup,
                Name = "Password", Max = 1024, Default = "", LegacyKey = "password",
            });
            r.Add(new SettingDef
            {
                Key = "bearerToken", Kind = SettingKind.Secret, Area = SettingArea.LocalSecret, Rule = SettingRule.HeaderValue, PolicyGroup = AuthGroup,
                Name = "Bearer token", Max = 8192, Default = "",
            });
            r.Add(new SettingDef
            {
                Key = "gzip", Kind = SettingKind.Switch, Name = "Compression", Default = true, LegacyKey = "gzip",
            });
            r.Add(new SettingDef { Key = "teams", Group = Platforms, Kind = SettingKind.Switch, Name = "Microsoft Teams", Default = true });
            r.Add(new SettingDef { Key = "meet", Group = Platforms, Kind = SettingKind.Switch, Name = "Google Meet", Default = true });
            r.Add(new SettingDef { Key = "connect", Group = Platforms, Kind = SettingKind.Switch, Name = "Amazon Connect", Default = true });
            r.Add(new SettingDef { Key = "genesys", Group = Platforms, Kind = SettingKind.Switch, Name = "Genesys Cloud", Default = true });
            r.Add(new SettingDef
            {
                Key = "extraOrigins", Kind = SettingKind.Origins, Name = "Additional origins", Max = MaxExtraOrigins,
            });
            // The popup's capture switch turns this back on; no page shows it and no policy sets it.
            r.Add(new SettingDef { Key = "enabled", Kind = SettingKind.Switch, InPolicy = false, Name = "Capture", Default = true });
            return r;
        }
    }
}
