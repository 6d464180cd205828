using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Popup
{
    /// <summary>The popup's wording of numbers and times, without the DOM (testable alone).</summary>
    public static class PopupView
    {
        public static string Bytes(double bytes)
        {
            if (bytes < 1024) return (int)bytes + " B";
            if (bytes < 1024 * 1024) return QualitySummary.OneDecimal(bytes / 1024) + " KB";
            return QualitySummary.OneDecimal(bytes / (1024 * 1024)) + " MB";
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
    }
}
