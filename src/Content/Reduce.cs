using System.Collections.Generic;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Content
{
    /// <summary>The Shared <see cref="StatsReducer"/> over a report the bridge got itself (isolated-world
    /// built-ins: a page cannot patch the iteration or the getters).</summary>
    internal static class Reduce
    {
        public static Sample[] Report(RTCStatsReport report) => StatsReducer.Reduce(new JsStatsReport(report));
    }

    /// <summary>An RTCStatsReport (a Map of id → stats dictionary).</summary>
    internal sealed class JsStatsReport : IStatsReport
    {
        private readonly RTCStatsReport report;
        public JsStatsReport(RTCStatsReport report) { this.report = report; }

        public List<IStatsObject> Objects()
        {
            var list = new List<IStatsObject>();
            report.ForEach(s => list.Add(new JsStatsObject(s)));
            return list;
        }

        public IStatsObject? Get(string id)
        {
            RTCStats? s = report.Get(id);
            return JsType.IsNullish(s) ? null : new JsStatsObject(s!);
        }
    }

    /// <summary>One stats dictionary; every read checks the JS type (the page can put anything there).</summary>
    internal sealed class JsStatsObject : IStatsObject
    {
        private readonly RTCStats s;
        public JsStatsObject(RTCStats s) { this.s = s; }

        public string Type => Text(s["type"]) ?? "";
        public string Id => Text(s["id"]) ?? "";

        public double? GetNumber(string field) => Number(s[field]);

        public double? GetNumberIn(string record, string field)
        {
            object? r = s[record];
            return JsType.IsPlainObject(r) ? Number(r.As<JsObject>()[field]) : null;
        }

        public string? GetString(string field) => Text(s[field]);

        public bool? GetBool(string field)
        {
            object? v = s[field];
            return JsType.IsBoolean(v) ? v.As<bool>() : null;
        }

        private static double? Number(object? v) => JsType.IsNumber(v) ? v.As<double>() : null;
        private static string? Text(object? v) => JsType.IsString(v) ? v.As<string>() : null;
    }
}
