namespace WebRtcStatsExporter.Shared
{
    /// <summary>The only source of time for logic: milliseconds since the Unix epoch.</summary>
    public interface IClock
    {
        double NowMs();
    }

    /// <summary>A settable clock for tests and replays.</summary>
    public sealed class ManualClock : IClock
    {
        public double Now;
        public ManualClock(double startMs) { Now = startMs; }
        public double NowMs() => Now;
        public void Advance(double ms) { Now += ms; }
    }
}
