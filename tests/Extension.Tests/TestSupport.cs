using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>An RTCStats object read from recorded JSON.</summary>
    public sealed class JsonStatsObject : IStatsObject
    {
        private readonly JsonElement e;
        public JsonStatsObject(JsonElement e) { this.e = e; }
        public string Type => e.GetProperty("type").GetString()!;
        public string Id => e.GetProperty("id").GetString()!;
        public double? GetNumber(string field)
            => e.TryGetProperty(field, out JsonElement v) ? Num(v) : null;
        public double? GetNumberIn(string record, string field)
            => e.TryGetProperty(record, out JsonElement r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty(field, out JsonElement v) ? Num(v) : null;
        public string? GetString(string field)
            => e.TryGetProperty(field, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        public bool? GetBool(string field)
            => e.TryGetProperty(field, out JsonElement v) && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.False) ? v.GetBoolean() : null;

        private static double? Num(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
            // recorded non-finite values are written as strings "NaN", "Infinity", "-Infinity"
            if (v.ValueKind == JsonValueKind.String)
            {
                string s = v.GetString()!;
                if (s == "NaN") return double.NaN;
                if (s == "Infinity") return double.PositiveInfinity;
                if (s == "-Infinity") return double.NegativeInfinity;
            }
            return null;
        }
    }

    public sealed class JsonStatsReport : IStatsReport
    {
        private readonly List<IStatsObject> objects = new List<IStatsObject>();
        public JsonStatsReport(string json)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            foreach (JsonElement e in doc.RootElement.EnumerateArray()) objects.Add(new JsonStatsObject(e.Clone()));
        }
        public void ForEach(System.Action<IStatsObject> visit) { foreach (IStatsObject o in objects) visit(o); }
        public string? GetLinkedString(string id, string field) => Get(id)?.GetString(field);
        public IStatsObject? Get(string id) => objects.Find(o => o.Id == id);
    }

    public static class Fixtures
    {
        public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        public static string Read(string name) => File.ReadAllText(Path(name));
        public static JsonStatsReport Report(string name) => new JsonStatsReport(Read(name));
    }

    public static class Repo
    {
        public static string Root()
        {
            string? d = AppContext.BaseDirectory;
            while (d != null && !File.Exists(System.IO.Path.Combine(d, "Directory.Build.props"))) d = System.IO.Path.GetDirectoryName(d);
            if (d == null) throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
            return d;
        }
    }

    public static class Promtool
    {
        public const string PathToTool = "/usr/bin/promtool";

        /// <summary>Runs `promtool check metrics` on the text; returns (exit code, stdout+stderr).</summary>
        public static (int code, string output) CheckMetrics(string exposition)
        {
            if (!File.Exists(PathToTool))
                throw new InvalidOperationException("promtool not found at /usr/bin/promtool: run `apt-get install prometheus` (Debian ships promtool in the prometheus package).");
            var psi = new ProcessStartInfo(PathToTool, "check metrics")
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using Process p = Process.Start(psi)!;
            p.StandardInput.Write(exposition);
            p.StandardInput.Close();
            string stdout = p.StandardOutput.ReadToEnd();
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout + stderr);
        }
    }

    public static class Make
    {
        public static Settings Settings(Action<Settings>? tweak = null)
        {
            Settings s = SettingsStore.Defaults();
            s.agentId = "agent-007";
            tweak?.Invoke(s);
            return s;
        }

        public static StatsMessage Stats(int pc, string state, double at, params Sample[] samples)
            => new StatsMessage { type = Messages.Stats, pc = pc, state = state, at = at, samples = samples };

        public static Sample Sample(string type, string? kind, string[] names, double[] values, string[]? infoNames = null, string[]? infoValues = null)
            => new Sample { type = type, kind = kind, names = names, values = values, infoNames = infoNames ?? new string[0], infoValues = infoValues ?? new string[0] };
    }
}

namespace WebRtcStatsExporter.Tests
{
    public static class StringAssert
    {
        public static void Contains(string expected, string actual)
            => NUnit.Framework.Assert.That(actual, NUnit.Framework.Does.Contain(expected));
    }
}
