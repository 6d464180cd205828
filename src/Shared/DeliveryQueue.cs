using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Per-group delivery discipline:
    /// at most one request in flight per group; a newer request replaces an unsent older one
    /// (latest state wins: a PUT/POST replaces a pending PUT/POST or DELETE, a DELETE replaces a
    /// pending PUT/POST); after a failure the group's next attempt starts no sooner than one
    /// <see cref="AttemptIntervalMs"/> (the push interval) after the failed one started — during an
    /// outage each group probes at most once per push interval, the rate it pushes at anyway, so a
    /// fleet never storms a recovering server and the first push after recovery is at most one
    /// interval away (issue 14: back off the rate of probes, never the time to notice recovery). A
    /// failed PUT/POST is dropped rather than retried, so an outage never replays stale values — the
    /// next push carries the state of that moment. A failed DELETE is kept and retried unless
    /// something newer replaced it. Each request is given <see cref="RequestTimeoutMs"/> — one attempt
    /// interval — to answer, so a request stuck on a hung endpoint is abandoned by the time the group's
    /// next attempt is due: a hang delays recovery no more than a refusal does.</summary>
    public sealed class DeliveryQueue
    {
        /// <summary>The smallest gap between a failed attempt's start and the group's next attempt;
        /// the worker sets it to the push interval.</summary>
        public double AttemptIntervalMs = 5000;

        /// <summary>The shortest time a request is given to answer, whatever the interval (the settings
        /// refuse push intervals under 5 s). Healthy receivers answer a push in well under a second
        /// (Pushgateway p99 ≤ 0.26 s at 200 agents, VictoriaMetrics ≤ 0.06 s at 3000, docs/scaling.md);
        /// answers slower than this came only from receivers past their capacity.</summary>
        public const double MinRequestTimeoutMs = 5000;

        /// <summary>How long a request may take before the sender aborts it: one attempt interval (bounded
        /// below), so the one request in flight per group never holds back the next due attempt.</summary>
        public double RequestTimeoutMs => AttemptIntervalMs > MinRequestTimeoutMs ? AttemptIntervalMs : MinRequestTimeoutMs;

        private sealed class Slot
        {
            public string Group = "";
            public HttpRequestSpec? Pending;
            public bool InFlight;
            public double NotBefore;
            public double StartedAt;
        }

        private readonly IClock clock;
        private readonly List<Slot> slots = new List<Slot>();

        public DeliveryQueue(IClock clock) { this.clock = clock; }

        private Slot? Find(string group)
        {
            foreach (Slot s in slots) if (s.Group == group) return s;
            return null;
        }

        private Slot Get(string group)
        {
            Slot? found = Find(group);
            if (found != null) return found;
            var s = new Slot { Group = group };
            slots.Add(s);
            return s;
        }

        public void Offer(HttpRequestSpec request)
        {
            Slot s = Get(request.Group);
            s.Pending = request;
        }

        public bool HasPending(string group)
        {
            Slot? s = Find(group);
            return s != null && s.Pending != null;
        }

        public bool IsInFlight(string group)
        {
            Slot? s = Find(group);
            return s != null && s.InFlight;
        }

        public int InFlightCount()
        {
            int n = 0;
            foreach (Slot s in slots) if (s.InFlight) n++;
            return n;
        }

        /// <summary>Requests that may start now (one per group, marked in flight). The caller must call
        /// <see cref="Complete"/> for each, success or not.</summary>
        public List<HttpRequestSpec> TakeReady()
        {
            var ready = new List<HttpRequestSpec>();
            double now = clock.NowMs();
            foreach (Slot s in slots)
            {
                if (s.InFlight || s.Pending == null || now < s.NotBefore) continue;
                s.Pending.TimeoutMs = RequestTimeoutMs;
                ready.Add(s.Pending);
                s.Pending = null;
                s.InFlight = true;
                s.StartedAt = now;
            }
            return ready;
        }

        /// <summary>Milliseconds until the earliest waiting group may send, or -1 if none waits.</summary>
        public double NextWakeInMs()
        {
            double now = clock.NowMs();
            double best = -1;
            foreach (Slot s in slots)
            {
                if (s.InFlight || s.Pending == null) continue;
                double wait = s.NotBefore > now ? s.NotBefore - now : 0;
                if (best < 0 || wait < best) best = wait;
            }
            return best;
        }

        public void Complete(HttpRequestSpec request, bool ok) => Complete(request, ok, true);

        /// <summary>As <see cref="Complete(HttpRequestSpec, bool)"/>; a failure that is not
        /// <paramref name="retryable"/> (<see cref="RetryPolicy"/>: a 4xx other than 429) is never kept
        /// for another attempt, not even a DELETE.</summary>
        public void Complete(HttpRequestSpec request, bool ok, bool retryable)
        {
            Slot s = Get(request.Group);
            s.InFlight = false;
            if (ok)
            {
                s.NotBefore = 0;
                // nothing left to send: the group's slot goes (by reference: it is in the list once)
                if (s.Pending == null) slots.RemoveAt(slots.FindIndex(x => x == s));
                return;
            }
            s.NotBefore = s.StartedAt + AttemptIntervalMs;
            if (request.IsDelete && retryable && s.Pending == null) s.Pending = request;
        }
    }
}
