namespace WebRtcStatsExporter.Shared
{
    /// <summary>Where in the service worker an exception escaped: the where label of
    /// webrtc_exporter_worker_errors_total (a closed set, so every series exists from 0).</summary>
    public static class WorkerErrorPlaces
    {
        public const string Message = "message";
        public const string Status = "status";
        public const string Tabs = "tabs";
        public const string Alarm = "alarm";
        public const string Settings = "settings";
        public const string Permissions = "permissions";
        public const string Start = "start";
        public const string Push = "push";
        public const string Delivery = "delivery";

        public static string[] All => new[] { Message, Status, Tabs, Alarm, Settings, Permissions, Start, Push, Delivery };
    }
}
