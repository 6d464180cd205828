using System;
using System.Threading.Tasks;

namespace Js
{
    /// <summary>RTCPeerConnection as the hook sees it: a constructor to wrap, and instances to poll.</summary>
    [Name("RTCPeerConnection")]
    public class RTCPeerConnection : EventTarget
    {
        public extern RTCPeerConnection();
        public extern RTCPeerConnection(object? configuration);

        /// <summary>"new", "connecting", "connected", "disconnected", "failed", "closed".</summary>
        public extern string ConnectionState { get; }
        public extern string IceConnectionState { get; }
        public extern string SignalingState { get; }

        /// <summary><c>x instanceof RTCPeerConnection</c> in the calling world (a page cannot fake it
        /// in the isolated world, whose constructors it cannot reach).</summary>
        [Template("({x} instanceof RTCPeerConnection)")]
        public static extern bool IsInstance(object? x);
        public extern Task<RTCStatsReport> GetStats();
        public extern void Close();

        /// <summary>The constructor's <c>prototype</c> object.</summary>
        [Template("RTCPeerConnection.prototype")]
        public static extern JsObject Prototype { get; }
    }

    /// <summary>The Map-like result of <c>getStats()</c>, keyed by stats id.</summary>
    [Name("RTCStatsReport")]
    public class RTCStatsReport
    {
        public extern int Size { get; }
        /// <summary>Calls back with each stats object (the id and the map are ignored).</summary>
        public extern void ForEach(Action<RTCStats> callback);
        public extern RTCStats? Get(string id);
        public extern bool Has(string id);
    }

    /// <summary>One stats dictionary: a plain object whose fields depend on its type; read the rest with the indexer.</summary>
    [Name("Object")]
    public class RTCStats : JsObject
    {
        public extern string Id { get; }
        /// <summary>"inbound-rtp", "outbound-rtp", "remote-inbound-rtp", "candidate-pair", "transport"...</summary>
        public extern string Type { get; }
        public extern double Timestamp { get; }
    }
}
