namespace WebRtcStatsExporter.Shared
{
    /// <summary>Where and how the options page shows one setting of <see cref="SettingsTable"/>: what
    /// the policy schema cannot carry. The setting's label and help are the schema's title and
    /// description (<see cref="SettingsHelp"/>, shipped once, in <c>managed_schema.json</c>).</summary>
    public sealed class SettingLook
    {
        /// <summary>The options page card: <c>endpoint</c>, <c>auth</c> or <c>capture</c> ("" = not shown).</summary>
        public string Section = "";
        public string Placeholder = "";
        /// <summary>Half-width on the options page.</summary>
        public bool Narrow;
        /// <summary>For a choice: what each of the row's choices is called.</summary>
        public string[] ChoiceLabels = new string[0];
    }

    /// <summary>The options form's layout of the settings (the worker describes it in <c>wse/form</c>;
    /// the README's table lists the rows the page shows).</summary>
    public static class SettingsLayout
    {
        public const string Endpoint = "endpoint";
        public const string Auth = "auth";
        public const string Capture = "capture";

        public static SettingLook For(string key)
        {
            switch (key)
            {
                case "sink": return L(Endpoint, "", true, new[] { "Pushgateway", "VictoriaMetrics", "Prometheus remote write" });
                case "vmTenant":
                case "remoteWriteTenant":
                case "job":
                case "agentId":
                case "pollIntervalSeconds":
                case "pushIntervalSeconds":
                    return L(Endpoint, "", true, null);
                case "url": return L(Endpoint, "https://pushgateway.example.com:9091", false, null);
                case "labels": return L(Endpoint, "site=paris\nteam=billing", false, null);
                case "metricDetail": return L(Endpoint, "", false, new[] { "Standard", "Detailed" });
                case "username":
                case "password":
                    return L(Auth, "", true, null);
                case "bearerToken":
                case "gzip":
                    return L(Auth, "", false, null);
                case "teams":
                case "meet":
                case "connect":
                case "genesys":
                    return L(Capture, "", false, null);
                case "extraOrigins": return L(Capture, "https://softphone.example.com", false, null);
                default: return L("", "", false, null);
            }
        }

        private static SettingLook L(string section, string placeholder, bool narrow, string[]? choiceLabels)
            => new SettingLook { Section = section, Placeholder = placeholder, Narrow = narrow, ChoiceLabels = choiceLabels ?? new string[0] };
    }
}
