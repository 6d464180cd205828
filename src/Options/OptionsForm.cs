using System.Collections.Generic;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Options
{
    /// <summary>What the options form holds, as typed by the user (no DOM here, so it can be tested alone).</summary>
    public sealed class FormValues
    {
        public string Url = "";
        public string Job = "";
        public string AgentId = "";
        public string PollInterval = "";
        public string Sink = "";
        public string PushInterval = "";
        public string VmTenant = "";
        public string RemoteWriteTenant = "";
        public string Username = "";
        public string Password = "";
        public string BearerToken = "";
        public bool Gzip;
        public bool Teams;
        public bool Meet;
        public bool Connect;
        public bool Genesys;
        public List<string> Origins = new List<string>();
    }

    /// <summary>Form ↔ settings, and the checks that are about the form itself (the rest is
    /// <see cref="SettingsStore.Validate"/>).</summary>
    public static class OptionsForm
    {
        /// <summary>Fields of <see cref="FieldError.field"/> that have their own place on the page;
        /// complaints about any other field go to the form-wide message.</summary>
        public static readonly string[] Fields =
            { "sink", "url", "vmTenant", "remoteWriteTenant", "job", "agentId", "pollIntervalSeconds", "pushIntervalSeconds", "username", "password", "bearerToken", "extraOrigins" };

        public static FormValues FromSettings(Settings s)
        {
            var v = new FormValues
            {
                Url = s.url, Job = s.job, AgentId = s.agentId, PollInterval = s.pollIntervalSeconds.ToString(),
                Sink = s.sink, PushInterval = s.pushIntervalSeconds.ToString(), VmTenant = s.vmTenant,
                RemoteWriteTenant = s.remoteWriteTenant, Username = s.username, Password = s.password, BearerToken = s.bearerToken, Gzip = s.gzip,
                Teams = s.teams, Meet = s.meet, Connect = s.connect, Genesys = s.genesys,
            };
            for (int i = 0; i < s.extraOrigins.Length; i++) v.Origins.Add(s.extraOrigins[i]);
            return v;
        }

        /// <summary>The settings the form describes, starting from <paramref name="saved"/> so fields this
        /// page does not show are kept. <paramref name="errors"/> receives every complaint; the result
        /// must not be saved unless it stays empty.</summary>
        public static Settings ToSettings(Settings saved, FormValues v, List<FieldError> errors)
        {
            int poll = WholeNumber(v.PollInterval.Trim());
            if (poll < 0)
            {
                errors.Add(new FieldError
                {
                    field = "pollIntervalSeconds",
                    message = "Enter a whole number of seconds between " + SettingsStore.MinPollSeconds + " and " + SettingsStore.MaxPollSeconds + ".",
                });
                poll = saved.pollIntervalSeconds;
            }
            int push = WholeNumber(v.PushInterval.Trim());
            if (push < 0)
            {
                errors.Add(new FieldError
                {
                    field = "pushIntervalSeconds",
                    message = "Enter a whole number of seconds between " + SettingsStore.MinPushSeconds + " and " + SettingsStore.MaxPushSeconds + ".",
                });
                push = saved.pushIntervalSeconds;
            }
            var s = new Settings
            {
                version = SettingsStore.CurrentVersion,
                enabled = saved.enabled,
                sink = v.Sink.Length > 0 ? v.Sink : saved.sink,
                url = TrimSlashes(v.Url.Trim()),
                job = v.Job,
                agentId = v.AgentId,
                pollIntervalSeconds = poll,
                pushIntervalSeconds = push,
                vmTenant = v.VmTenant.Trim(),
                remoteWriteTenant = v.RemoteWriteTenant.Trim(),
                username = v.Username.Trim(),
                password = v.Password,
                bearerToken = v.BearerToken.Trim(),
                gzip = v.Gzip,
                teams = v.Teams,
                meet = v.Meet,
                connect = v.Connect,
                genesys = v.Genesys,
                extraOrigins = v.Origins.ToArray(),
            };
            List<FieldError> more = SettingsStore.Validate(s);
            for (int i = 0; i < more.Count; i++)
            {
                // The poll field already has a clearer message when it is not a number at all.
                if (more[i].field == "pollIntervalSeconds" && HasError(errors, "pollIntervalSeconds")) continue;
                if (more[i].field == "pushIntervalSeconds" && HasError(errors, "pushIntervalSeconds")) continue;
                errors.Add(more[i]);
            }
            return s;
        }

        /// <summary>"https://pgw:9091/" → "https://pgw:9091" (the base URL is stored without a trailing slash).</summary>
        public static string TrimSlashes(string url)
        {
            string u = url;
            while (u.EndsWith("/") && u.IndexOf("://") >= 0 && u.Length > u.IndexOf("://") + 3) u = u.Substring(0, u.Length - 1);
            return u;
        }

        public static bool HasError(List<FieldError> errors, string field)
        {
            for (int i = 0; i < errors.Count; i++) if (errors[i].field == field) return true;
            return false;
        }

        /// <summary>The value of a string of digits (no sign, no decimals, at most 6 digits), else -1.</summary>
        public static int WholeNumber(string text)
        {
            if (text.Length == 0 || text.Length > 6) return -1;
            int value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9') return -1;
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /// <summary>Checks an origin typed into the "Additional origins" box: the normalised origin,
        /// or an error saying why.</summary>
        public static OriginCheck CheckNewOrigin(string text, List<string> current)
        {
            string? o = UrlParts.NormalizeOrigin(text);
            if (o == null)
                return new OriginCheck { Error = "Enter an origin such as https://softphone.example.com or https://host:8443 (no path)." };
            if (current.Contains(o))
                return new OriginCheck { Error = o + " is already in the list." };
            UrlParts u = UrlParts.Parse(o)!;
            if (u.Scheme == "https" && Platforms.DetectHost(u.Host, "/connect/") != Platform.None)
                return new OriginCheck { Error = o + " is a built-in platform: use its switch above." };
            return new OriginCheck { Origin = o };
        }
    }

    public sealed class OriginCheck
    {
        public string? Origin;
        public string Error = "";
    }
}
