using System;
using System.Text;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>Peeks into a remote_write body (snappy-compressed protobuf) for a label value, without
    /// parsing it: enough to tell the agent's own group from a call's.</summary>
    public static class RemoteWriteBody
    {
        public static bool Contains(FetchRequest r, string text)
        {
            if (r.BodyBytes == null || r.Header("content-encoding") != "snappy") return false;
            byte[] raw;
            try { raw = Snappier.Snappy.DecompressToArray(r.BodyBytes); }
            catch (Exception) { return false; }
            return raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
        }
    }
}
