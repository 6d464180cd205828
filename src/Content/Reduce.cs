using System;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>The Shared <see cref="StatsReducer"/> over a report the bridge got itself (isolated-world
    /// built-ins: a page cannot patch the iteration or the getters). Each report gets its own view with
    /// two cursors, so the walk allocates nothing per report entry.</summary>
    internal static class Reduce
    {
        public static Sample[] Report(RTCStatsReport report) => StatsReducer.Reduce(new JsStatsReport { Report = report });
    }

    /// <summary>An RTCStatsReport (a Map of id → stats dictionary), seen through reusable cursors.</summary>
    internal sealed class JsStatsReport : IStatsReport
    {
        public RTCStatsReport? Report;
        private readonly JsStatsObject walked = new JsStatsObject();
        private readonly JsStatsObject found = new JsStatsObject();

        public void ForEach(Action<IStatsObject> visit) => Report!.ForEach(s => { walked.S = s; visit(walked); });

        public IStatsObject? Get(string id)
        {
            RTCStats? s = Report!.Get(id);
            if (JsType.IsNullish(s)) return null;
            found.S = s!;
            return found;
        }

        public string? GetLinkedString(string id, string field)
        {
            RTCStats? s = Report!.Get(id);
            return JsType.IsNullish(s) ? null : JsStatsObject.Text(s![field]);
        }
    }

    /// <summary>A cursor on one stats dictionary; every read checks the JS type (the page can put
    /// anything there).</summary>
    internal sealed class JsStatsObject : IStatsObject
    {
        public RTCStats S = null!;

        public string Type => Text(S["type"]) ?? "";
        public string Id => Text(S["id"]) ?? "";

        public double? GetNumber(string field) => Number(S[field]);

        public double? GetNumberIn(string record, string field)
        {
            object? r = S[record];
            return JsType.IsPlainObject(r) ? Number(r.As<JsObject>()[field]) : null;
        }

        public string? GetString(string field) => Text(S[field]);

        public bool? GetBool(string field)
        {
            object? v = S[field];
            return JsType.IsBoolean(v) ? v.As<bool>() : null;
        }

        private static double? Number(object? v) => JsType.IsNumber(v) ? v.As<double>() : null;
        internal static string? Text(object? v) => JsType.IsString(v) ? v.As<string>() : null;
    }
}
