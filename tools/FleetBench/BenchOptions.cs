using System;
using System.Collections.Generic;
using System.Globalization;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>One load step: N agents, each pushing every <see cref="IntervalSeconds"/>.</summary>
    public sealed class StepPlan
    {
        public int Agents;
        public double IntervalSeconds;
        public override string ToString() => Agents + "@" + IntervalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
    }

    public sealed class BenchOptions
    {
        public const int MaxAgents = 20000;
        public const double MaxStepSeconds = 600;

        public List<StepPlan> PushgatewaySteps = new List<StepPlan>();
        public List<StepPlan> VictoriaSteps = new List<StepPlan>();
        public List<StepPlan> PrometheusSteps = new List<StepPlan>();
        public List<StepPlan> VictoriaRemoteWriteSteps = new List<StepPlan>();
        public List<StepPlan> ShardedSteps = new List<StepPlan>();
        public string PrometheusBinary = PrometheusReceiver.DefaultBinary;
        public string VmagentBinary = ShardedLayout.DefaultVmagent;
        public double IntervalSeconds = 10;
        public double StepSeconds = 30;
        public double ReadEverySeconds = 15;
        /// <summary>Per-push timeout; 0: the extension's own rule, one push interval and at least
        /// <see cref="WebRtcStatsExporter.Shared.DeliveryQueue.MinRequestTimeoutMs"/>.</summary>
        public double TimeoutSeconds = 0;

        public double PushTimeoutSeconds(double intervalSeconds) => TimeoutSeconds > 0 ? TimeoutSeconds
            : Math.Max(intervalSeconds, WebRtcStatsExporter.Shared.DeliveryQueue.MinRequestTimeoutMs / 1000);
        public int MaxConnections = 1024;
        public string Job = "fleetbench";
        public ulong Seed = 1;
        public bool Gzip = true;
        /// <summary>The extension's metricDetail setting: which metric families each push carries.</summary>
        public string MetricDetail = WebRtcStatsExporter.Shared.MetricDetail.Standard;
        public string? ReportPath;
        public string PushgatewayBinary = "/usr/bin/prometheus-pushgateway";
        public string VictoriaBinary = "/usr/bin/victoria-metrics";
        public string? PushgatewayUrl;
        public int? PushgatewayPid;
        public string? VictoriaUrl;
        public int? VictoriaPid;
        public string? MarkdownPath;
        public bool FailOnMiss;
        public bool Help;

        private string pgwList = "50,100,200,300";
        private string vmList = "500,1000,3000";
        // Off by default except one sharded step, so the default run stays within the Bench
        // target's ~5 minutes; docs/scaling.md gives the full command.
        private string promList = "none";
        private string vmRwList = "none";
        private string shardedList = "3000";

        public const string Usage = @"FleetBench: N simulated agents push our exposition to a real Pushgateway and a real
VictoriaMetrics that it starts on 127.0.0.1 (loopback only), step by step, and prints a table.

  --pushgateway LIST     agent counts for the Pushgateway, e.g. 50,100,200,300 (default); an entry
                         N@S pushes every S seconds instead of --interval; 'none' skips the backend
  --victoria LIST        agent counts for VictoriaMetrics (default 500,1000,3000); 'none' skips
  --prometheus LIST      agent counts remote-writing to a Prometheus receiver (default none)
  --victoria-rw LIST     agent counts remote-writing to VictoriaMetrics /api/v1/write (default none)
  --sharded LIST         agent counts remote-writing to vmagent, sharded by agent over two
                         VictoriaMetrics nodes (default 3000)
  --interval S           push interval of every agent (default 10, the extension's default)
  --step S               seconds of load per step (default 30; at most 600)
  --read-every S         read the backend every S seconds during a step, as Prometheus or Grafana
                         would (default 15; 0 = only after the step)
  --timeout S            per-push timeout (default: as the extension, one push interval, at least 5 s)
  --max-connections N    HTTP connections per backend (default 1024)
  --job NAME             job label (default fleetbench)
  --metric-detail D      standard (default, as the extension) or detailed: the metric families per push
  --seed N               value seed (default 1); the schedule itself is fixed
  --no-gzip              send plain text (the extension gzips by default)
  --report PATH          recorded getStats report (default: the chromium-audio-call fixture)
  --pushgateway-binary P / --victoria-binary P   (defaults /usr/bin/prometheus-pushgateway, /usr/bin/victoria-metrics)
  --prometheus-binary P / --vmagent-binary P     (defaults /usr/bin/prometheus, /usr/bin/vmagent)
  --pushgateway-url URL [--pushgateway-pid PID]  use a running Pushgateway (loopback only) instead
  --victoria-url URL [--victoria-pid PID]        use a running VictoriaMetrics (loopback only) instead
  --markdown PATH        also write the result table to PATH
  --fail-on-miss         exit 3 when a target is missed (default: report it, exit 0)

Targets (issue 8): Pushgateway, default settings: >= 200 agents at push p99 < 200 ms;
VictoriaMetrics single node: >= 3000 agents at push p99 < 150 ms. Remote write layouts (issue 16):
the largest step held at push p99 < 50 ms is reported.";

        public static BenchOptions Parse(string[] args)
        {
            var o = new BenchOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string Next()
                {
                    if (i + 1 >= args.Length) throw new ArgumentException(a + " needs a value");
                    return args[++i];
                }
                switch (a)
                {
                    case "-h": case "--help": o.Help = true; break;
                    case "--pushgateway": case "--pgw": o.pgwList = Next(); break;
                    case "--victoria": case "--vm": o.vmList = Next(); break;
                    case "--prometheus": o.promList = Next(); break;
                    case "--victoria-rw": o.vmRwList = Next(); break;
                    case "--sharded": o.shardedList = Next(); break;
                    case "--prometheus-binary": o.PrometheusBinary = Next(); break;
                    case "--vmagent-binary": o.VmagentBinary = Next(); break;
                    case "--interval": o.IntervalSeconds = Seconds(a, Next(), 1, 300); break;
                    case "--step": o.StepSeconds = Seconds(a, Next(), 1, MaxStepSeconds); break;
                    case "--read-every": o.ReadEverySeconds = Seconds(a, Next(), 0, MaxStepSeconds); break;
                    case "--timeout": o.TimeoutSeconds = Seconds(a, Next(), 1, 60); break;
                    case "--max-connections": o.MaxConnections = Int(a, Next(), 1, 65535); break;
                    case "--job": o.Job = Next(); break;
                    case "--seed": o.Seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--no-gzip": o.Gzip = false; break;
                    case "--metric-detail": o.MetricDetail = Next(); break;
                    case "--report": o.ReportPath = Next(); break;
                    case "--pushgateway-binary": o.PushgatewayBinary = Next(); break;
                    case "--victoria-binary": o.VictoriaBinary = Next(); break;
                    case "--pushgateway-url": o.PushgatewayUrl = Next(); break;
                    case "--pushgateway-pid": o.PushgatewayPid = Int(a, Next(), 1, int.MaxValue); break;
                    case "--victoria-url": o.VictoriaUrl = Next(); break;
                    case "--victoria-pid": o.VictoriaPid = Int(a, Next(), 1, int.MaxValue); break;
                    case "--markdown": o.MarkdownPath = Next(); break;
                    case "--fail-on-miss": o.FailOnMiss = true; break;
                    default: throw new ArgumentException("unknown argument: " + a);
                }
            }
            o.PushgatewaySteps = Steps("--pushgateway", o.pgwList, o.IntervalSeconds);
            o.VictoriaSteps = Steps("--victoria", o.vmList, o.IntervalSeconds);
            o.PrometheusSteps = Steps("--prometheus", o.promList, o.IntervalSeconds);
            o.VictoriaRemoteWriteSteps = Steps("--victoria-rw", o.vmRwList, o.IntervalSeconds);
            o.ShardedSteps = Steps("--sharded", o.shardedList, o.IntervalSeconds);
            if (o.Job.Length == 0) throw new ArgumentException("--job must not be empty");
            if (o.MetricDetail != WebRtcStatsExporter.Shared.MetricDetail.Standard && o.MetricDetail != WebRtcStatsExporter.Shared.MetricDetail.Detailed)
                throw new ArgumentException($"--metric-detail: '{o.MetricDetail}' is not standard or detailed");
            foreach (string? url in new[] { o.PushgatewayUrl, o.VictoriaUrl })
            {
                if (url == null) continue;
                string? why = Loopback.Refusal(url);
                if (why != null) throw new LoopbackRefusal(why);
            }
            return o;
        }

        /// <summary>Planned seconds of load (steps only; start-up and reads come on top).</summary>
        public double PlannedSeconds() => StepCount() * StepSeconds;

        public int StepCount() => PushgatewaySteps.Count + VictoriaSteps.Count + PrometheusSteps.Count + VictoriaRemoteWriteSteps.Count + ShardedSteps.Count;

        public static List<StepPlan> Steps(string name, string list, double interval)
        {
            var steps = new List<StepPlan>();
            if (list.Trim() == "none" || list.Trim().Length == 0) return steps;
            foreach (string raw in list.Split(','))
            {
                string e = raw.Trim();
                if (e.Length == 0) continue;
                double iv = interval;
                int at = e.IndexOf('@');
                if (at >= 0)
                {
                    iv = Seconds(name, e.Substring(at + 1).TrimEnd('s'), 1, 300);
                    e = e.Substring(0, at);
                }
                steps.Add(new StepPlan { Agents = Int(name, e, 1, MaxAgents), IntervalSeconds = iv });
            }
            return steps;
        }

        private static double Seconds(string name, string v, double min, double max)
        {
            if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || double.IsNaN(d) || d < min || d > max)
                throw new ArgumentException($"{name}: '{v}' is not a number of seconds in [{min}, {max}]");
            return d;
        }

        private static int Int(string name, string v, int min, int max)
        {
            if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
                throw new ArgumentException($"{name}: '{v}' is not a whole number in [{min}, {max}]");
            return n;
        }
    }
}
