using System;
using Js;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The worker's timers (the push interval, a backoff's wake-up).</summary>
    public interface ITimers
    {
        int SetInterval(Action handler, double ms);
        void ClearInterval(int id);
        int SetTimeout(Action handler, double ms);
    }

    /// <summary><see cref="ITimers"/> on the service worker's setInterval/setTimeout.</summary>
    public sealed class DomTimers : ITimers
    {
        public int SetInterval(Action handler, double ms) => Dom.SetInterval(handler, ms);
        public void ClearInterval(int id) => Dom.ClearInterval(id);
        public int SetTimeout(Action handler, double ms) => Dom.SetTimeout(handler, ms);
    }
}
