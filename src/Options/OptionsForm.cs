using System.Collections.Generic;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Options
{
    /// <summary>The one check the page makes itself (the worker judges the rest when the form is saved
    /// or tested): an origin typed into the "Additional origins" box, at once on Add.</summary>
    public static class OptionsForm
    {
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
