using System.Collections.Generic;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The popup's site switch, worked out in the worker (the popup only shows it): which
    /// platform or origin the tab is, whether capture is on there, and the settings after flipping it.</summary>
    public static class SiteSwitch
    {
        /// <summary>The site of <paramref name="url"/> (null when the tab's URL is not visible to the
        /// popup) under <paramref name="loaded"/>; <paramref name="reportedPlatform"/> is the tab's
        /// platform label, used when the URL is unknown.</summary>
        public static SiteStatus Site(LoadedSettings loaded, string? url, string? reportedPlatform)
        {
            Settings s = loaded.Effective;
            var v = new SiteStatus { supported = false, platformText = "", captureOn = false, locked = false, switchLabel = "", origin = "", permission = "" };
            Platform platform;
            UrlParts? u = UrlParts.Parse(url);
            if (u == null)
            {
                platform = Platforms.FromLabel(reportedPlatform);
                if (platform == Platform.None || platform == Platform.Custom)
                {
                    v.platformText = "Not a supported page";
                    return v;
                }
            }
            else
            {
                v.origin = u.Origin;
                platform = Platforms.Detect(url);
            }
            v.supported = true;
            string key = SwitchKey(platform);
            if (key == ExtraOrigins)
            {
                v.captureOn = IsExtraOrigin(s, v.origin);
                v.permission = HostPermissions.Pattern(v.origin);
            }
            else v.captureOn = SettingsFields.Switch(s, key);
            v.captureOn = v.captureOn && s.enabled;
            v.locked = loaded.IsLocked(key);
            // The built-in platforms by their settings' names ("Google Meet").
            if (platform == Platform.None) v.platformText = v.captureOn ? "Additional origin" : "Not a supported page";
            else v.platformText = platform == Platform.Custom ? "Additional origin" : SettingsTable.Find(key)!.Name;
            v.switchLabel = "Capture calls on " + (platform == Platform.None ? v.origin : v.platformText);
            return v;
        }

        /// <summary>The platform whose switch the site is, or None/Custom for the additional origins.</summary>
        public static Platform PlatformOf(string? url, string? reportedPlatform)
            => UrlParts.Parse(url) == null ? Platforms.FromLabel(reportedPlatform) : Platforms.Detect(url);

        private const string ExtraOrigins = "extraOrigins";

        /// <summary>The setting the site's switch changes: a built-in platform's switch (its label is
        /// its settings key), else the extra origins.</summary>
        public static string SwitchKey(Platform p)
            => p == Platform.None || p == Platform.Custom ? ExtraOrigins : Platforms.Label(p);

        public static bool IsExtraOrigin(Settings s, string origin)
        {
            if (origin.Length == 0) return false;
            foreach (string extra in s.extraOrigins) if (UrlParts.NormalizeOrigin(extra) == origin) return true;
            return false;
        }

        /// <summary>The user's settings after flipping the site's switch (the page's built-in platform,
        /// or membership of the additional origins).</summary>
        public static Settings Toggle(Settings user, Platform platform, string origin, bool on)
        {
            Settings n = SettingsStore.Clone(user);
            string key = SwitchKey(platform);
            if (key != ExtraOrigins) SettingsFields.Set(n, key, on);
            else
            {
                var list = new List<string>();
                foreach (string extra in user.extraOrigins)
                    if (UrlParts.NormalizeOrigin(extra) != origin) list.Add(extra);
                if (on) list.Add(origin);
                n.extraOrigins = list.ToArray();
            }
            if (on) n.enabled = true;
            return n;
        }

        /// <summary>The popup's sentence about origins Chrome has not granted ("" when none).</summary>
        public static string AccessText(string[] missing, bool endpointMissing)
        {
            if (missing.Length == 0) return "";
            return "Chrome has not granted access to " + List(missing) + (endpointMissing ? ": no metrics can be sent until it does." : ": calls there are not captured until it does.");
        }

        /// <summary>"a", "a and b", "a, b and c".</summary>
        public static string List(string[] items)
        {
            string list = items.Length > 0 ? items[0] : "";
            for (int i = 1; i < items.Length; i++) list += (i == items.Length - 1 ? " and " : ", ") + items[i];
            return list;
        }

        /// <summary>The host permissions that grant <paramref name="origins"/>.</summary>
        public static string[] Patterns(string[] origins)
        {
            var p = new List<string>();
            foreach (string origin in origins) p.Add(HostPermissions.Pattern(origin));
            return p.ToArray();
        }
    }
}
