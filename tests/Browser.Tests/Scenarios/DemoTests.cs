using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;
using WebRtcStatsExporter.Demo;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 18: `dotnet cake --target=Demo`'s program, run for one minute headless: the
    /// calls' series reach the real Prometheus through the real Pushgateway, the degraded call
    /// shows its loss, the chart is written, and every process the demo started is gone after.</summary>
    [Category("Browser")]
    [NonParallelizable]
    public sealed class DemoTests
    {
        [Test]
        public async Task OneMinuteHeadlessDemoShowsTheCallsWritesTheChartAndLeavesNothingRunning()
        {
            Repo.RequireTool(Repo.Chromium, "chromium");
            Repo.RequireTool(Repo.PushgatewayBinary, "prometheus-pushgateway");
            Repo.RequireBuiltExtension();
            string outDir = Path.Combine(Repo.Root, "artifacts", "demo-test");
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
            var log = new StringWriter();
            DemoResult r = await Program.RunAsync(new DemoOptions { Minutes = 1, ForceHeadless = true, OutputDir = outDir, RepoRoot = Repo.Root }, log, CancellationToken.None);
            TestContext.Out.WriteLine(log.ToString());

            Assert.That(r.Headless, Is.True);
            Assert.That(r.StartedPids, Has.Count.GreaterThanOrEqualTo(4), "Pushgateway, Prometheus and two Chromium browsers");
            Assert.That(r.MostSeries, Is.GreaterThanOrEqualTo(2 * 30), "both calls' series arrived in Prometheus");
            Assert.That(r.History.Max(h => h.AgentsInCall), Is.EqualTo(2), "the supervisor saw both agents in a call");
            double Worst(string agent) => r.History.Where(h => h.Loss.ContainsKey(agent)).Select(h => h.Loss[agent]).DefaultIfEmpty(double.NaN).Max();
            Assert.That(Worst("agent-degraded"), Is.GreaterThan(Worst("agent-good") + 0.02), "the degraded call shows its packet loss");
            Assert.That(log.ToString(), Does.Contain("agents in a call: 2"), "live figures were printed");

            Assert.That(File.Exists(r.ChartPath), Is.True, "the chart was written");
            byte[] png = File.ReadAllBytes(r.ChartPath);
            Assert.That(png.Take(8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG file");
            Assert.That(png.Length, Is.GreaterThan(10_000), "a chart with content, not an empty image");

            Assert.That(Program.Leftovers(r), Is.Empty, "every process the demo started is gone");
            Assert.That(Directory.Exists(r.WorkDir), Is.False, "its temporary folder is removed");
        }
    }
}
