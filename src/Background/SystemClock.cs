using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The real clock (Date.now()).</summary>
    public sealed class SystemClock : IClock
    {
        public double NowMs() => JsDate.Now();
    }
}
