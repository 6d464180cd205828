using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Cs2Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Bench
{
    /// <summary>Prints the export path's figures (issue 7) for a one-connection audio call recorded
    /// from Chromium: series count, push body size, formatting time per push (.NET and the compiled
    /// JavaScript under node), series left in the Pushgateway's history by 100 calls, Override size.</summary>
    public static class Program
    {
        const string Fixture = "tests/Extension.Tests/Fixtures/chromium-audio-call.json";
        const string SenderUrl = "https://acme.my.connect.aws/ccp-v2/softphone";
        const double At = 1727000000000.5;
        const int NetIterations = 20000;
        const int JsIterations = 5000;

        public static int Main()
        {
            var root = RepoRoot();
            var fixturePath = Path.Combine(root, Fixture);
            Console.WriteLine($"Extension benchmark: one-connection audio call from {Fixture}");
            Console.WriteLine();
            var samples = StatsReducer.Reduce(new RecordedReport(File.ReadAllText(fixturePath)));
            var settings = BenchSettings();

            // --- One push, exactly as the worker's PushLoop.Tick builds it ---
            // Two polls 5 s apart (the default poll interval), so the derived values of one interval exist.
            var state = TabStates.Empty();
            TabStates.Ingest(state, 17, 0, SenderUrl, Platform.Connect, Stats(0, "connected", samples), At);
            var tab = TabStates.Ingest(state, 17, 0, SenderUrl, Platform.Connect, new StatsMessage { type = Messages.Stats, pc = 0, state = "connected", at = At + 5000, samples = Grow(samples, 1) }, At + 5000);
            var key = new GroupKey { Job = settings.job, Agent = settings.agentId, TabSlot = tab.groupSlot };
            var push = Sinks.Push(settings, key, MetricsModel.Build(tab, settings.agentId, settings.metricDetail))!;
            var body = push.Body ?? "";
            var raw = Encoding.UTF8.GetByteCount(body);
            var gz = Gzip(Encoding.UTF8.GetBytes(body));

            // --- Formatting time per push in .NET ---
            for (int i = 0; i < 2000; i++) Sinks.Push(settings, key, MetricsModel.Build(tab, settings.agentId, settings.metricDetail));
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < NetIterations; i++) Sinks.Push(settings, key, MetricsModel.Build(tab, settings.agentId, settings.metricDetail));
            sw.Stop();
            double netMs = sw.Elapsed.TotalMilliseconds / NetIterations;

            // --- The same in the compiled JavaScript, under node ---
            var js = RunJs(root, samples);

            // --- Override bundle ---
            var ov = CompileOverride(root);

            // --- 100 consecutive calls ---
            var sameTab = HundredCalls(samples, newTabPerCall: false);
            var newTab = HundredCalls(samples, newTabPerCall: true);

            // --- The same push with metricDetail = detailed (every catalogue family) ---
            var detailedSettings = BenchSettings();
            detailedSettings.metricDetail = MetricDetail.Detailed;
            var detailedPush = Sinks.Push(detailedSettings, key, MetricsModel.Build(tab, settings.agentId, detailedSettings.metricDetail))!;
            var detailedBody = detailedPush.Body ?? "";

            Console.WriteLine("== Push body for one connection (PUT " + push.Url + ", metricDetail = " + settings.metricDetail + ", the default) ==");
            Console.WriteLine("  (gzip at level 6: Chrome's CompressionStream(\"gzip\") has that level built in, a page cannot choose another)");
            Console.WriteLine($"  {"figure",-46} {"measured",12} {"target",10}  verdict");
            Row("series in the body", push.SeriesCount.ToString(CultureInfo.InvariantCulture), "<= 50", push.SeriesCount <= 50);
            Row("metric families", Families(body).ToString(CultureInfo.InvariantCulture), "", null);
            Row("body raw", Bytes(raw), "", null);
            Row("body gzipped", Bytes(gz), "<= 1 KB", gz <= 1024);
            Row("body raw / gzipped (bytes)", $"{raw} / {gz} B", "", null);
            Console.WriteLine("  where the gzipped bytes go (the body built up part by part, gzipped each time):");
            foreach (var (part, bytes) in Breakdown(body)) Row("  " + part, $"{bytes} B", "", null);
            Console.WriteLine($"  metricDetail = {MetricDetail.Detailed} (opt-in: every catalogue family):");
            Row("  series / families", $"{detailedPush.SeriesCount} / {Families(detailedBody)}", "", null);
            Row("  body raw / gzipped (bytes)", $"{Encoding.UTF8.GetByteCount(detailedBody)} / {Gzip(Encoding.UTF8.GetBytes(detailedBody))} B", "", null);
            Row("  standard saves (gzipped)", $"{Gzip(Encoding.UTF8.GetBytes(detailedBody)) - gz} B", "", null);
            var detailedRw = MetricsModel.Build(tab, settings.agentId, MetricDetail.Detailed);
            Row("  remote_write protobuf raw / snappy", $"{WriteRequestEncoding.Encode(RemoteWriteSink.SeriesOf(detailedRw, key)).Length} / {new RemoteWriteSink().Push(RemoteWriteSettings(), key, detailedRw).BodyBytes!.Length} B", "", null);
            // remote_write: the same snapshot as a WriteRequest (protobuf), snappy as sent; gzip of the
            // protobuf and snappy of the text only for comparison
            var rwSettings = RemoteWriteSettings();
            var rwSnapshot = MetricsModel.Build(tab, settings.agentId, settings.metricDetail);
            byte[] proto = WriteRequestEncoding.Encode(RemoteWriteSink.SeriesOf(rwSnapshot, key));
            var rwPush = new RemoteWriteSink().Push(rwSettings, key, rwSnapshot);
            Row("remote_write protobuf raw", $"{proto.Length} B", "", null);
            Row("remote_write snappy (as sent)", $"{rwPush.BodyBytes!.Length} B", "", null);
            Row("  protobuf gzipped (comparison)", $"{Gzip(proto)} B", "", null);
            Row("  text snappy (comparison)", $"{Snappy.Compress(Encoding.UTF8.GetBytes(body)).Length} B", "", null);
            var rwWatch = Stopwatch.StartNew();
            var rwSink = new RemoteWriteSink();
            for (int i = 0; i < 2000; i++) rwSink.Push(rwSettings, key, MetricsModel.Build(tab, settings.agentId, settings.metricDetail));
            Row("remote_write build per push (.NET)", (rwWatch.Elapsed.TotalMilliseconds / 2000).ToString("0.000", CultureInfo.InvariantCulture) + " ms", "", null);
            Console.WriteLine();

            // --- The agent's own group (self-metrics, call counters), pushed once a minute ---
            var agentKey = new GroupKey { Job = settings.job, Agent = settings.agentId, TabSlot = GroupKey.AgentGroup };
            var agentSnapshot = AgentMetrics.Build(AgentAfterAnHour(), settings.agentId, ManifestVersion(root), 1, settings.pushIntervalSeconds, At);
            var agentPush = Sinks.Push(settings, agentKey, agentSnapshot)!;
            var agentBody = agentPush.Body ?? "";
            int agentGz = Gzip(Encoding.UTF8.GetBytes(agentBody));
            var agentRw = new RemoteWriteSink().Push(rwSettings, agentKey, agentSnapshot);
            Console.WriteLine("== The agent's own group (PUT " + agentPush.Url + ", once a minute) ==");
            Console.WriteLine("  (after an hour on Amazon Connect: 3 calls, 420 pushes; every counter a family can have is there from 0)");
            Console.WriteLine($"  {"figure",-46} {"measured",12} {"target",10}  verdict");
            Row("series in the body", agentPush.SeriesCount.ToString(CultureInfo.InvariantCulture), "", null);
            Row("metric families", Families(agentBody).ToString(CultureInfo.InvariantCulture), "", null);
            Row("body raw / gzipped (bytes)", $"{Encoding.UTF8.GetByteCount(agentBody)} / {agentGz} B", "", null);
            foreach (var (part, bytes) in Breakdown(agentBody)) Row("  " + part, $"{bytes} B", "", null);
            Row("remote_write snappy (as sent)", $"{agentRw.BodyBytes!.Length} B", "", null);
            int perMinute = 60 / Math.Max(1, settings.pushIntervalSeconds);
            Row($"in a call, bytes per minute (gz): {perMinute} call pushes + 1", $"{perMinute * gz + agentGz} B", "", null);
            Row("  of which the agent group", $"{100.0 * agentGz / (perMinute * gz + agentGz):0} %", "", null);
            Console.WriteLine();

            Console.WriteLine("== Formatting time per push (MetricsModel.Build + Sinks.Push/Exposition.Write) ==");
            Console.WriteLine($"  {"runtime",-46} {"per push",12} {"iterations",10}");
            Console.WriteLine($"  {".NET " + Environment.Version + " (Release)",-46} {netMs,9:0.0000} ms {NetIterations,10}");
            if (js.Error != null)
                Console.WriteLine($"  {"compiled JS under node",-46} {"n/a",12}  {js.Error}");
            else
            {
                Console.WriteLine($"  {"compiled JS under node " + js.NodeVersion,-46} {js.MsPerPush,9:0.0000} ms {JsIterations,10}");
                Console.WriteLine($"  {"  + ingesting the push interval's 2 polls (quality)",-46} {js.IngestMsPerPush,9:0.0000} ms");
                Console.WriteLine($"  {"  = worker CPU per push (compiled JS, gzip aside)",-46} {js.MsPerPush + js.IngestMsPerPush,9:0.0000} ms");
                Console.WriteLine($"  {"  (first push, cold JIT)",-46} {js.FirstMs,9:0.0000} ms");
                Console.WriteLine($"  {"  bench bundle: " + Bytes(js.BundleBytes) + ", body identical to .NET",-46} {(js.Body == body ? "yes" : "NO"),12}");
            }
            Console.WriteLine();

            Console.WriteLine("== Pushgateway history after 100 consecutive calls of one agent ==");
            Console.WriteLine("  (3 pushes per call, then the call ends: one push carries its final sample, then the worker DELETEs");
            Console.WriteLine("   the group; distinct (metric, labelset)");
            Console.WriteLine("   including the grouping labels job/instance/tab, across every push of the 100 calls)");
            Console.WriteLine($"  {"design",-58} {"series",8} {"groups",7}");
            Console.WriteLine($"  {"this design, softphone tab kept open (same tab)",-58} {sameTab.Series,8} {sameTab.Groups,7}");
            Console.WriteLine($"  {"this design, a new tab for every call",-58} {newTab.Series,8} {newTab.Groups,7}");
            Console.WriteLine($"  {"one call's worth (target: history no larger than this)",-58} {push.SeriesCount,8} {1,7}");
            Console.WriteLine($"  {"original design: random group per connection, 21-30 each",-58} {"2100-3000",8} {100,7}");
            Console.WriteLine($"  {"  (figure from issue 7; up to 90 per connection with all stat types = 9000)",-58}");
            Console.WriteLine($"  left in the Pushgateway after the last call: {sameTab.Remaining} series (same tab), {newTab.Remaining} (new tabs)");
            Console.WriteLine("  (the Pushgateway also keeps push_time_seconds and push_failure_time_seconds per live group)");
            bool historyOk = Math.Max(sameTab.Series, newTab.Series) <= push.SeriesCount;
            Console.WriteLine($"  verdict: {(historyOk ? "met" : "MISSED")} (no more than one call's worth)");
            Console.WriteLine();

            Console.WriteLine("== Override bundle (src/Shared + src/Override, kind MainWorld, no source map) ==");
            if (ov.Error != null) Console.WriteLine("  could not compile: " + ov.Error);
            else
            {
                Console.WriteLine($"  {"figure",-46} {"measured",12} {"target",10}  verdict");
                Row("override.js raw", Bytes(ov.Raw), "", null);
                Row("override.js gzipped", Bytes(ov.Gz), "<= 4 KB", ov.Gz <= 4096);
                Row("compile time", $"{ov.CompileMs:0} ms", "", null);
                Console.WriteLine($"  helpers: {ov.Helpers}");
            }
            var dist = Path.Combine(root, "dist", "unpacked", "override.js");
            if (File.Exists(dist))
            {
                var b = File.ReadAllBytes(dist);
                Console.WriteLine($"  dist/unpacked/override.js (as built, with sourceMappingURL): raw {Bytes(b.Length)}, gzip {Bytes(Gzip(b))}");
            }
            return 0;
        }

        /// <summary>The poll <paramref name="k"/> polls later: every counter grown by 5 % per poll (as the JS entry does).</summary>
        static Sample[] Grow(Sample[] b, int k) => b.Select(x => new Sample
        {
            type = x.type, kind = x.kind, names = x.names, infoNames = x.infoNames, infoValues = x.infoValues,
            values = x.values.Select((v, j) => MetricCatalog.FindNumeric(x.type, x.names[j]) is { Type: MetricType.Counter } ? GrowValue(v, k) : v).ToArray(),
        }).ToArray();

        /// <summary>A counter 5 % per poll larger; a count (packets, samples) stays a whole number, as
        /// the browser reports it, while a sum of seconds or energy keeps its fraction.</summary>
        static double GrowValue(double v, int k) => v == Math.Floor(v) ? Math.Round(v * (1 + 0.05 * k)) : v * (1 + 0.05 * k);

        static int Families(string body) => body.Split('\n').Count(l => l.StartsWith("# TYPE ", StringComparison.Ordinal));

        /// <summary>The body built up part by part, gzipped after each: the metric names (each once),
        /// then the sample lines without labels, then with labels, then TYPE, then HELP (= the body).</summary>
        static List<(string, int)> Breakdown(string body)
        {
            var lines = body.Split('\n').Where(l => l.Length > 0).ToList();
            static string NameOf(string l) => l.Substring(0, l.IndexOfAny(new[] { '{', ' ' }));
            static string Value(string l) => l.Substring(l.LastIndexOf(' '));
            int Gz(IEnumerable<string> ls) => Gzip(Encoding.UTF8.GetBytes(string.Join("\n", ls) + "\n"));
            var samples = lines.Where(l => l[0] != '#').ToList();
            return new List<(string, int)>
            {
                ("metric names alone, each once", Gz(samples.Select(NameOf).Distinct())),
                ("+ values (name value per series)", Gz(samples.Select(l => NameOf(l) + Value(l)))),
                ("+ labels (the sample lines as sent)", Gz(samples)),
                ("+ TYPE lines", Gz(lines.Where(l => !l.StartsWith("# HELP ", StringComparison.Ordinal)))),
                ("+ HELP lines (the body)", Gz(lines)),
            };
        }

        /// <summary>An agent's counters after an hour: 3 connected calls on Connect, one of them poor, and
        /// a push every 10 s in calls plus the group's own each minute.</summary>
        static AgentCounters AgentAfterAnHour()
        {
            var a = AgentCounterOps.Empty();
            AgentCounterOps.EnsureSelf(a);
            AgentCounterOps.EnsurePlatform(a, "connect");
            AgentCounterOps.Add(a, AgentCounterOps.Pushes, "", "ok", 420);
            AgentCounterOps.Add(a, AgentCounterOps.WorkerStarts, "", "", 2);
            AgentCounterOps.Add(a, AgentCounterOps.CallsStarted, "connect", "", 3);
            AgentCounterOps.Add(a, AgentCounterOps.CallsConnected, "connect", "", 3);
            AgentCounterOps.Add(a, AgentCounterOps.PoorCalls, "connect", "loss", 1);
            AgentCounterOps.Add(a, AgentCounterOps.CallSeconds, "connect", "", 1814.5);
            a.lastPushAt = At - 10000;
            return a;
        }

        static string ManifestVersion(string root)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "static", "manifest.json")));
            return doc.RootElement.GetProperty("version").GetString() ?? "";
        }

        static void Row(string what, string measured, string target, bool? met) =>
            Console.WriteLine($"  {what,-46} {measured,12} {target,10}  {(met == null ? "" : met.Value ? "met" : "MISSED")}");

        static Settings RemoteWriteSettings()
        {
            var s = BenchSettings();
            s.sink = SinkKinds.RemoteWrite;
            s.url = "http://prometheus.example:9090/api/v1/write";
            return s;
        }

        static Settings BenchSettings()
        {
            var s = SettingsStore.Defaults();
            s.agentId = "agent-007";
            s.url = "http://127.0.0.1:9091";
            return s;
        }

        static StatsMessage Stats(int pc, string state, Sample[] samples) =>
            new StatsMessage { type = Messages.Stats, pc = pc, state = state, at = At, samples = samples };

        // ------------------------------------------------------------------------------------------
        // 100 calls through the worker's own state logic (TabStates, GroupKey, Sinks).

        sealed record History(int Series, int Groups, int Remaining);

        static History HundredCalls(Sample[] samples, bool newTabPerCall)
        {
            var s = BenchSettings();
            var state = TabStates.Empty();
            var everSeen = new HashSet<string>(StringComparer.Ordinal);
            var groups = new HashSet<string>(StringComparer.Ordinal);
            var gateway = new Dictionary<string, List<string>>(StringComparer.Ordinal); // group path -> series
            for (int call = 0; call < 100; call++)
            {
                int tabId = newTabPerCall ? 100 + call : 17;
                int pc = newTabPerCall ? 0 : call; // the hook's per-frame numbering in a long-lived page
                TabRecord tab = null!;
                for (int poll = 0; poll < 3; poll++)
                {
                    tab = TabStates.Ingest(state, tabId, 0, SenderUrl, Platform.Connect, Stats(pc, "connected", samples), At + call * 60000 + poll * 1000);
                    var key = new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = tab.groupSlot };
                    var r = Sinks.Push(s, key, MetricsModel.Build(tab, s.agentId, s.metricDetail))!;
                    var path = GroupingPath.Path(key);
                    var ids = SeriesIds(r.Body ?? "", key);
                    gateway[path] = ids; // PUT replaces the group
                    groups.Add(path);
                    foreach (var id in ids) everSeen.Add(id);
                    TabStates.MarkPushed(state, tab.groupSlot);
                }
                tab = TabStates.Ingest(state, tabId, 0, SenderUrl, Platform.Connect, Stats(pc, "closed", samples), At + call * 60000 + 3000);
                {
                    // the next tick pushes the final (closed) sample and drops the ended connection (PushLoop.Offer)
                    var key = new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = tab.groupSlot };
                    var r = Sinks.Push(s, key, MetricsModel.Build(tab, s.agentId, s.metricDetail))!;
                    var ids = SeriesIds(r.Body ?? "", key);
                    gateway[GroupingPath.Path(key)] = ids;
                    foreach (var id in ids) everSeen.Add(id);
                    TabStates.PruneEnded(tab);
                    TabStates.MarkPushed(state, tab.groupSlot);
                }
                if (tab.connections.Count == 0 && tab.finalPushed)
                {
                    // and the tick after deletes the group (PushLoop.Tick → EndTab)
                    tab.ended = true;
                    var key = new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = tab.groupSlot };
                    var d = Sinks.Delete(s, key);
                    if (d != null) gateway.Remove(GroupingPath.Path(key));
                    TabStates.MarkDeleted(state, tab.groupSlot);
                    TabStates.Forget(state, tab.tabId);
                }
            }
            return new History(everSeen.Count, groups.Count, gateway.Values.Sum(v => v.Count));
        }

        /// <summary>"name{labels}" of every sample line, with the grouping labels the Pushgateway adds.</summary>
        static List<string> SeriesIds(string body, GroupKey key)
        {
            var grouping = string.Join(",", key.LabelNames().Zip(key.LabelValues(), (n, v) => n + "=\"" + v + "\""));
            var ids = new List<string>();
            foreach (var line in body.Split('\n'))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                int cut = line.LastIndexOf(' ');
                ids.Add(grouping + "|" + (cut > 0 ? line.Substring(0, cut) : line));
            }
            return ids;
        }

        // ------------------------------------------------------------------------------------------
        // The compiled JavaScript: src/Shared + a tiny generated entry, timed under node.

        sealed record JsResult(double MsPerPush, double FirstMs, string Body, int BundleBytes, string NodeVersion, string? Error, double IngestMsPerPush = 0);

        static JsResult RunJs(string root, Sample[] samples)
        {
            var sources = SharedSources(root);
            sources.Add(new SourceFile("bench/Entry.cs", EntrySource(samples)));
            var r = Compiler.Compile(sources, new CompileOptions { EntryPoint = "WebRtcStatsExporter.Bench.Entry.Main", SourceMap = false, OutputFileName = "bench.js" });
            if (!r.Success)
                return new JsResult(0, 0, "", 0, "", "compile failed: " + string.Join("; ", r.Diagnostics.Where(d => d.Severity == "error").Take(3)));
            var file = Path.Combine(Path.GetTempPath(), $"wse-ext-bench-{Environment.ProcessId}.js");
            File.WriteAllText(file, r.Js);
            try
            {
                var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                psi.ArgumentList.Add("--disallow-code-generation-from-strings");
                psi.ArgumentList.Add(file);
                using var p = Process.Start(psi)!;
                var stdoutTask = p.StandardOutput.ReadToEndAsync();
                var stderrTask = p.StandardError.ReadToEndAsync();
                if (!p.WaitForExit(120_000)) { p.Kill(); return new JsResult(0, 0, "", 0, "", "node did not finish in 120 s"); }
                var stdout = stdoutTask.Result;
                if (p.ExitCode != 0) return new JsResult(0, 0, "", 0, "", $"node exited {p.ExitCode}: {stderrTask.Result.Trim()}");
                var lines = stdout.Replace("\r\n", "\n").Split('\n');
                double Field(string name) => double.Parse(lines.First(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Substring(name.Length + 1), CultureInfo.InvariantCulture);
                int start = stdout.IndexOf("BODY<<\n", StringComparison.Ordinal) + 7, end = stdout.IndexOf(">>BODY", StringComparison.Ordinal);
                var body = start >= 7 && end >= start ? stdout.Substring(start, end - start) : "";
                return new JsResult(Field("TOTALMS") / JsIterations, Field("FIRSTMS"), body, Encoding.UTF8.GetByteCount(r.Js!), NodeVersion(), null, Field("INGESTMS") / JsIterations);
            }
            catch (Exception e) { return new JsResult(0, 0, "", 0, "", "could not run node: " + e.Message); }
            finally { File.Delete(file); }
        }

        static string NodeVersion()
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
                var v = p.StandardOutput.ReadToEnd().Trim();
                p.WaitForExit();
                return v;
            }
            catch { return ""; }
        }

        static List<SourceFile> SharedSources(string root) => SourcesUnder(root, Path.Combine(root, "src", "Shared"));

        static List<SourceFile> SourcesUnder(string root, string dir) =>
            Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new SourceFile(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
                .ToList();

        /// <summary>A C# entry that rebuilds the reduced samples as literals, ingests them like the
        /// worker, and times <see cref="JsIterations"/> pushes with performance.now().</summary>
        static string EntrySource(Sample[] samples)
        {
            var sb = new StringBuilder();
            sb.Append(@"using System;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Bench
{
    [External]
    public static class Perf
    {
        [Template(""performance.now()"")]
        public static extern double Now();
    }

    public static class Entry
    {
        private static double Now() => Perf.Now();

        private static Sample[] Samples()
        {
            return new Sample[]
            {
");
            foreach (var s in samples)
            {
                sb.Append("                new Sample { type = ").Append(Lit(s.type)).Append(", kind = ").Append(s.kind == null ? "null" : Lit(s.kind));
                sb.Append(", names = new string[] { ").Append(string.Join(", ", s.names.Select(Lit))).Append(" }");
                sb.Append(", values = new double[] { ").Append(string.Join(", ", s.values.Select(Num))).Append(" }");
                sb.Append(", infoNames = new string[] { ").Append(string.Join(", ", s.infoNames.Select(Lit))).Append(" }");
                sb.Append(", infoValues = new string[] { ").Append(string.Join(", ", s.infoValues.Select(Lit))).Append(" } },\n");
            }
            sb.Append(@"            };
        }

        /// <summary>The poll <paramref name=""k""/> polls later: every counter grown by 5 % per poll (counts stay whole).</summary>
        private static Sample[] Grow(Sample[] b, int k)
        {
            var r = new Sample[b.Length];
            for (int i = 0; i < b.Length; i++)
            {
                Sample x = b[i];
                var v = new double[x.values.Length];
                for (int j = 0; j < v.Length; j++)
                {
                    MetricDef? d = MetricCatalog.FindNumeric(x.type, x.names[j]);
                    double g = x.values[j] * (1 + 0.05 * k);
                    v[j] = d == null || d.Type != MetricType.Counter ? x.values[j] : x.values[j] == Math.Floor(x.values[j]) ? Math.Round(g) : g;
                }
                r[i] = new Sample { type = x.type, kind = x.kind, names = x.names, values = v, infoNames = x.infoNames, infoValues = x.infoValues };
            }
            return r;
        }

        private static TabRecord Ingest(SessionState state, Sample[] samples, double at)
            => TabStates.Ingest(state, 17, 0, """ + SenderUrl + @""", Platform.Connect,
                new StatsMessage { type = Messages.Stats, pc = 0, state = ""connected"", at = at, samples = samples }, at);

        public static void Main()
        {
            Settings s = SettingsStore.Defaults();
            s.agentId = ""agent-007"";
            s.url = ""http://127.0.0.1:9091"";
            SessionState state = TabStates.Empty();
            Sample[] first = Samples();
            int n = " + JsIterations + @";
            int warm = 1000;
            // Default settings: a poll every 5 s, a push every 10 s, so 2 polls are ingested per push.
            var polls = new Sample[2 * (n + warm) + 2][];
            for (int k = 0; k < polls.Length; k++) polls[k] = Grow(first, k);
            double at = " + Num(At) + @";
            TabRecord tab = Ingest(state, polls[0], at);
            tab = Ingest(state, polls[1], at + 5000);
            GroupKey key = new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = tab.groupSlot };
            double t0 = Now();
            HttpRequestSpec? firstPush = Sinks.Push(s, key, MetricsModel.Build(tab, s.agentId, s.metricDetail));
            double firstMs = Now() - t0;
            int p = 2;
            for (int i = 0; i < warm; i++)
            {
                at += 5000; tab = Ingest(state, polls[p++], at);
                at += 5000; tab = Ingest(state, polls[p++], at);
                Sinks.Push(s, key, MetricsModel.Build(tab, s.agentId, s.metricDetail));
            }
            double ingest = 0, push = 0;
            for (int i = 0; i < n; i++)
            {
                double a = Now();
                at += 5000; tab = Ingest(state, polls[p++], at);
                at += 5000; tab = Ingest(state, polls[p++], at);
                double b = Now();
                Sinks.Push(s, key, MetricsModel.Build(tab, s.agentId, s.metricDetail));
                double c = Now();
                ingest += b - a;
                push += c - b;
            }
            System.Console.WriteLine(""FIRSTMS "" + firstMs.ToString(""R""));
            System.Console.WriteLine(""TOTALMS "" + push.ToString(""R""));
            System.Console.WriteLine(""INGESTMS "" + ingest.ToString(""R""));
            System.Console.WriteLine(""BODY<<"");
            System.Console.WriteLine((firstPush == null ? """" : firstPush.Body) + "">>BODY"");
        }
    }
}
");
            return sb.ToString();
        }

        static string Lit(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (var c in s)
            {
                if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                else if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }

        static string Num(double v) =>
            double.IsNaN(v) ? "double.NaN"
            : double.IsPositiveInfinity(v) ? "double.PositiveInfinity"
            : double.IsNegativeInfinity(v) ? "double.NegativeInfinity"
            : v.ToString("R", CultureInfo.InvariantCulture) is var t && (t.Contains('.') || t.Contains('E')) ? t : t + ".0";

        // ------------------------------------------------------------------------------------------

        sealed record OverrideSize(int Raw, int Gz, double CompileMs, string Helpers, string? Error);

        static OverrideSize CompileOverride(string root)
        {
            var sources = SharedSources(root);
            sources.AddRange(SourcesUnder(root, Path.Combine(root, "src", "Override")));
            var sw = Stopwatch.StartNew();
            var r = Compiler.Compile(sources, new CompileOptions
            {
                EntryPoint = "WebRtcStatsExporter.Override.Program.Main",
                Kind = TargetKind.MainWorld,
                OutputFileName = "override.js",
                SourceMap = false,
            });
            sw.Stop();
            if (!r.Success) return new OverrideSize(0, 0, 0, "", string.Join("; ", r.Diagnostics.Where(d => d.Severity == "error").Take(3)));
            var bytes = Encoding.UTF8.GetBytes(r.Js!);
            return new OverrideSize(bytes.Length, Gzip(bytes), sw.Elapsed.TotalMilliseconds, r.HelpersUsed.Count == 0 ? "none" : string.Join(" ", r.HelpersUsed), null);
        }

        static int Gzip(byte[] data)
        {
            using var ms = new MemoryStream();
            // level 6: Chrome's CompressionStream level for pushes (and zlib's default for the bundle figure)
            using (var gz = new GZipStream(ms, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true)) gz.Write(data, 0, data.Length);
            return (int)ms.Length;
        }

        static string Bytes(int n) => n < 1024 ? $"{n} B" : $"{n / 1024.0:0.00} KB";

        static string RepoRoot()
        {
            var env = Environment.GetEnvironmentVariable("WSE_REPO_ROOT");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
                for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                    if (File.Exists(Path.Combine(d.FullName, "WebRtcStatsExporter.sln"))) return d.FullName;
            throw new InvalidOperationException("cannot find the repository root (set WSE_REPO_ROOT)");
        }
    }
}
