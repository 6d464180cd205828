using System.Collections.Generic;
using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The softphone a page belongs to. At run time in JS: the lower-case name, which is
    /// also the <c>platform</c> label value.</summary>
    [Enum(Emit.StringNameLowerCase)]
    public enum Platform
    {
        None,
        Teams,
        Meet,
        Connect,
        Genesys,
        /// <summary>An origin the user added in the settings.</summary>
        Custom,
    }

    /// <summary>Platform detection by exact host (or host suffix at a dot boundary), never by
    /// substring: <c>evil-genesys.com.attacker.net</c> is nothing.</summary>
    public static class Platforms
    {
        /// <summary>Hosts matched exactly or as a parent domain (<c>x.teams.microsoft.com</c>).</summary>
        public static readonly string[] TeamsHosts = { "teams.microsoft.com", "teams.cloud.microsoft", "teams.live.com" };
        public static readonly string[] MeetHosts = { "meet.google.com" };
        /// <summary>Amazon Connect: <c>&lt;instance&gt;.my.connect.aws</c> (any path) and
        /// <c>&lt;instance&gt;.awsapps.com</c> with a path under <c>/connect/</c>.</summary>
        public static readonly string[] ConnectSuffixes = { "my.connect.aws" };
        public const string ConnectAwsAppsSuffix = "awsapps.com";
        /// <summary>Genesys Cloud regions: the classic <c>mypurecloud.*</c> domains and every
        /// <c>*.pure.cloud</c> (usw2, cac1, euw2, aps1, apne2, apne3, sae1, mec1, euc2, use2…) and
        /// FedRAMP <c>*.us-gov-pure.cloud</c>.</summary>
        public static readonly string[] GenesysSuffixes =
        {
            "mypurecloud.com", "mypurecloud.ie", "mypurecloud.de", "mypurecloud.jp", "mypurecloud.com.au",
            "pure.cloud", "us-gov-pure.cloud",
        };

        /// <summary>The <c>platform</c> label value.</summary>
        public static string Label(Platform p)
        {
            switch (p)
            {
                case Platform.Teams: return "teams";
                case Platform.Meet: return "meet";
                case Platform.Connect: return "connect";
                case Platform.Genesys: return "genesys";
                case Platform.Custom: return "custom";
                default: return "none";
            }
        }

        public static Platform FromLabel(string? label)
        {
            switch (label)
            {
                case "teams": return Platform.Teams;
                case "meet": return Platform.Meet;
                case "connect": return Platform.Connect;
                case "genesys": return Platform.Genesys;
                case "custom": return Platform.Custom;
                default: return Platform.None;
            }
        }

        /// <summary>True when <paramref name="host"/> is <paramref name="suffix"/> or a subdomain of it.</summary>
        public static bool HostMatches(string host, string suffix)
        {
            if (host == suffix) return true;
            return host.Length > suffix.Length + 1 && host.EndsWith("." + suffix);
        }

        private static bool AnyMatch(string host, string[] suffixes)
        {
            foreach (string suffix in suffixes) if (HostMatches(host, suffix)) return true;
            return false;
        }

        /// <summary>The built-in platform of a page URL (https only), or <see cref="Platform.None"/>.</summary>
        public static Platform Detect(string? url)
        {
            UrlParts? p = UrlParts.Parse(url);
            if (p == null || p.Scheme != "https") return Platform.None;
            return DetectHost(p.Host, p.Path);
        }

        public static Platform DetectHost(string host, string path)
        {
            if (AnyMatch(host, TeamsHosts)) return Platform.Teams;
            if (AnyMatch(host, MeetHosts)) return Platform.Meet;
            if (AnyMatch(host, ConnectSuffixes)) return Platform.Connect;
            if (host.Length > ConnectAwsAppsSuffix.Length + 1 && host.EndsWith("." + ConnectAwsAppsSuffix)
                && (path == "/connect" || path.StartsWith("/connect/")))
                return Platform.Connect;
            if (AnyMatch(host, GenesysSuffixes)) return Platform.Genesys;
            return Platform.None;
        }

        /// <summary>Whether capture is on for a page URL, and as which platform: a built-in platform
        /// follows its switch; otherwise the page's origin must be one of the extra origins.</summary>
        public static Platform EnabledPlatform(Settings s, string? url)
        {
            if (!s.enabled) return Platform.None;
            Platform p = Detect(url);
            // a built-in platform's switch is the setting named by its label (teams, meet, …)
            bool on = p != Platform.None && SettingsFields.Switch(s, Label(p));
            if (on) return p;
            if (p != Platform.None) return Platform.None;
            UrlParts? parts = UrlParts.Parse(url);
            if (parts == null) return Platform.None;
            string origin = parts.Origin;
            foreach (string extra in s.extraOrigins) if (UrlParts.NormalizeOrigin(extra) == origin) return Platform.Custom;
            return Platform.None;
        }
    }
}
