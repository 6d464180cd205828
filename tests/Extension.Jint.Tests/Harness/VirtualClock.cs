using System;
using System.Collections.Generic;
using Jint.Runtime;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>The one virtual clock of a test: Date.now()/new Date() of every realm, timers,
    /// zero-delay tasks (postMessage delivery, storage events, message passing) and alarms.</summary>
    public sealed class VirtualClock
    {
        private sealed class Timer
        {
            public long Id;
            public Realm? Realm;
            public Action Run = () => { };
            public double Interval = -1;
            public double Due;
        }

        public double Now { get; private set; }
        private long seq;
        private readonly SortedSet<(double Due, long Id)> queue = new();
        private readonly Dictionary<long, Timer> timers = new();

        public VirtualClock(double startMs) { Now = startMs; }

        public long Schedule(Realm? realm, double delayMs, Action run, double intervalMs = -1)
        {
            if (double.IsNaN(delayMs) || delayMs < 0) delayMs = 0;
            var t = new Timer { Id = ++seq, Realm = realm, Run = run, Interval = intervalMs, Due = Now + delayMs };
            timers[t.Id] = t;
            queue.Add((t.Due, t.Id));
            return t.Id;
        }

        public bool IsPending(long id) => timers.ContainsKey(id);

        public void Cancel(long id)
        {
            if (timers.Remove(id, out Timer? t)) queue.Remove((t.Due, t.Id));
        }

        public void CancelRealm(Realm realm)
        {
            foreach (Timer t in new List<Timer>(timers.Values)) if (t.Realm == realm) Cancel(t.Id);
        }

        public int PendingCount(Realm? realm)
        {
            int n = 0;
            foreach (Timer t in timers.Values) if (t.Realm == realm) n++;
            return n;
        }

        public double? NextDue => queue.Count == 0 ? null : queue.Min.Due;

        /// <summary>Runs every task due up to now + ms, in order, then sets the time to now + ms.</summary>
        public void AdvanceBy(double ms)
        {
            double target = Now + ms;
            int guard = 0;
            while (queue.Count > 0 && queue.Min.Due <= target)
            {
                if (++guard > 200_000) throw new InvalidOperationException("runaway timers: more than 200000 tasks in one AdvanceBy");
                var (due, id) = queue.Min;
                queue.Remove(queue.Min);
                Timer t = timers[id];
                if (due > Now) Now = due;
                if (t.Interval >= 0)
                {
                    t.Due = due + Math.Max(1, t.Interval);
                    queue.Add((t.Due, t.Id));
                }
                else timers.Remove(id);
                t.Run();
            }
            if (target > Now) Now = target;
        }

        /// <summary>Runs the tasks that are due now (zero-delay work).</summary>
        public void RunDue() => AdvanceBy(0);
    }

    /// <summary>Date.now() and new Date() follow the virtual clock.</summary>
    public sealed class ClockTimeSystem : ITimeSystem
    {
        private readonly VirtualClock clock;
        public ClockTimeSystem(VirtualClock clock) { this.clock = clock; }
        public DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(clock.Now)).AddTicks((long)((clock.Now - Math.Floor(clock.Now)) * 10000));
        public TimeZoneInfo DefaultTimeZone => TimeZoneInfo.Utc;
        public bool TryParse(string date, out long epochMilliseconds)
        {
            if (DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d))
            {
                epochMilliseconds = d.ToUnixTimeMilliseconds();
                return true;
            }
            epochMilliseconds = 0;
            return false;
        }
        public TimeSpan GetUtcOffset(long epochMilliseconds) => TimeSpan.Zero;
    }
}
