using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Delivery health for the popup (in memory; rebuilt after a worker restart).</summary>
    public sealed class Health
    {
        public double LastSuccessAt;
        public string LastError = "";
        public int Pushes;
        public double Bytes;

        public void Success(double now, double bytes)
        {
            LastSuccessAt = now;
            LastError = "";
            Pushes++;
            Bytes += bytes;
        }
    }
}
