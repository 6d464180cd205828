using System;
using System.Collections.Generic;
using System.Linq;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Worker.Tests.Fakes
{
    /// <summary><see cref="ITimers"/> on a <see cref="ManualClock"/>: <see cref="Advance"/> moves the
    /// clock and runs what falls due, in order, as the browser's timers would.</summary>
    public sealed class FakeTimers : ITimers
    {
        private sealed class Timer { public int Id; public double Due; public double Period; public Action Handler = () => { }; }

        private readonly ManualClock clock;
        private readonly List<Timer> timers = new();
        private int nextId = 1;

        public FakeTimers(ManualClock clock) { this.clock = clock; }

        public int Intervals => timers.Count(t => t.Period > 0);
        public double? IntervalMs => timers.FirstOrDefault(t => t.Period > 0)?.Period;

        public int SetInterval(Action handler, double ms) => Add(handler, ms, ms);
        public int SetTimeout(Action handler, double ms) => Add(handler, ms, 0);
        public void ClearInterval(int id) => timers.RemoveAll(t => t.Id == id);

        private int Add(Action handler, double ms, double period)
        {
            var t = new Timer { Id = nextId++, Due = clock.Now + ms, Period = period, Handler = handler };
            timers.Add(t);
            return t.Id;
        }

        public void Advance(double ms)
        {
            double end = clock.Now + ms;
            while (true)
            {
                Timer? next = timers.Where(t => t.Due <= end).OrderBy(t => t.Due).ThenBy(t => t.Id).FirstOrDefault();
                if (next == null) break;
                clock.Now = next.Due;
                if (next.Period > 0) next.Due += next.Period; else timers.Remove(next);
                next.Handler();
            }
            clock.Now = end;
        }
    }
}
