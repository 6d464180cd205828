using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Popup
{
    /// <summary>What the popup says about the current tab, worked out without the DOM (testable alone).</summary>
    public sealed class SiteView
    {
        /// <summary>False for chrome://, file:, the Web Store, new-tab pages...</summary>
        public bool Supported;
        public Platform Platform = Platform.None;
        /// <summary><c>scheme://host[:port]</c> of the page, or "".</summary>
        public string Origin = "";
        public string PlatformText = "";
        /// <summary>Capture is switched on for this site in the settings.</summary>
        public bool CaptureOn;
        public string SwitchLabel = "";
    }

    public static class PopupView
    {
        public static string PlatformName(Platform p)
        {
            switch (p)
            {
                case Platform.Teams: return "Microsoft Teams";
                case Platform.Meet: return "Google Meet";
                case Platform.Connect: return "Amazon Connect";
                case Platform.Genesys: return "Genesys Cloud";
                case Platform.Custom: return "Additional origin";
                default: return "";
            }
        }

        /// <summary>The site of <paramref name="url"/> (null when the tab's URL is not visible to the
        /// extension) under <paramref name="s"/>; <paramref name="reportedPlatform"/> is the worker's
        /// label for the tab, used when the URL is unknown.</summary>
        public static SiteView Site(Settings s, string? url, string? reportedPlatform)
        {
            var v = new SiteView();
            UrlParts? u = UrlParts.Parse(url);
            if (u == null)
            {
                Platform reported = Platforms.FromLabel(reportedPlatform);
                if (reported == Platform.None || reported == Platform.Custom)
                {
                    v.PlatformText = "Not a supported page";
                    return v;
                }
                v.Platform = reported;
            }
            else
            {
                v.Origin = u.Origin;
                v.Platform = Platforms.Detect(url);
            }
            v.Supported = true;
            switch (v.Platform)
            {
                case Platform.Teams: v.CaptureOn = s.teams; break;
                case Platform.Meet: v.CaptureOn = s.meet; break;
                case Platform.Connect: v.CaptureOn = s.connect; break;
                case Platform.Genesys: v.CaptureOn = s.genesys; break;
                default:
                    v.CaptureOn = IsExtraOrigin(s, v.Origin);
                    break;
            }
            v.CaptureOn = v.CaptureOn && s.enabled;
            if (v.Platform == Platform.None)
            {
                v.PlatformText = v.CaptureOn ? "Additional origin" : "Not a supported page";
                v.SwitchLabel = "Capture calls on " + v.Origin;
            }
            else
            {
                v.PlatformText = PlatformName(v.Platform);
                v.SwitchLabel = "Capture calls on " + v.PlatformText;
            }
            return v;
        }

        /// <summary>The setting the site's switch changes (a platform switch, or the extra origins).</summary>
        public static string SwitchKey(SiteView site)
        {
            switch (site.Platform)
            {
                case Platform.Teams: return "teams";
                case Platform.Meet: return "meet";
                case Platform.Connect: return "connect";
                case Platform.Genesys: return "genesys";
                default: return "extraOrigins";
            }
        }

        public static bool IsExtraOrigin(Settings s, string origin)
        {
            if (origin.Length == 0) return false;
            for (int i = 0; i < s.extraOrigins.Length; i++) if (UrlParts.NormalizeOrigin(s.extraOrigins[i]) == origin) return true;
            return false;
        }

        /// <summary>The settings after flipping the site's switch (the page's built-in platform, or
        /// membership of the additional origins).</summary>
        public static Settings Toggle(Settings s, SiteView site, bool on)
        {
            Settings n = SettingsStore.Clone(s);
            switch (site.Platform)
            {
                case Platform.Teams: n.teams = on; break;
                case Platform.Meet: n.meet = on; break;
                case Platform.Connect: n.connect = on; break;
                case Platform.Genesys: n.genesys = on; break;
                default:
                    var list = new System.Collections.Generic.List<string>();
                    for (int i = 0; i < s.extraOrigins.Length; i++)
                        if (UrlParts.NormalizeOrigin(s.extraOrigins[i]) != site.Origin) list.Add(s.extraOrigins[i]);
                    if (on) list.Add(site.Origin);
                    n.extraOrigins = list.ToArray();
                    break;
            }
            if (on) n.enabled = true;
            return n;
        }

        public static string Bytes(double bytes)
        {
            if (bytes < 1024) return (int)bytes + " B";
            if (bytes < 1024 * 1024) return OneDecimal(bytes / 1024) + " KB";
            return OneDecimal(bytes / (1024 * 1024)) + " MB";
        }

        /// <summary>"just now", "42 s ago", "5 min ago", "3 h ago".</summary>
        public static string Ago(double nowMs, double atMs)
        {
            double s = (nowMs - atMs) / 1000;
            if (s < 2) return "just now";
            if (s < 90) return (int)s + " s ago";
            if (s < 90 * 60) return (int)(s / 60) + " min ago";
            return (int)(s / 3600) + " h ago";
        }

        private static string OneDecimal(double v)
        {
            int tenths = (int)System.Math.Round(v * 10);
            return (tenths / 10) + "." + (tenths % 10);
        }
    }
}
