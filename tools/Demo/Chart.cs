using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace WebRtcStatsExporter.Demo
{
    /// <summary>The demo's picture: MOS (left axis) and inbound loss in % (right axis) per agent over
    /// the demo's minutes, drawn with ScottPlot (SkiaSharp) to a PNG.</summary>
    public static class Chart
    {
        public static void Write(string path, IReadOnlyList<Supervisor.Snapshot> history, IReadOnlyList<string> agents)
        {
            var plot = new Plot();
            plot.Title("WebRTC Stats Exporter demo: what the supervisor saw");
            plot.Axes.Left.Label.Text = "MOS (1–5, solid)";
            plot.Axes.Right.Label.Text = "inbound loss % (dashed)";
            plot.Axes.Bottom.Label.Text = "seconds since the demo started";
            DateTime start = history.Count > 0 ? history[0].At : DateTime.UtcNow;
            Color[] colors = { Colors.SeaGreen, Colors.OrangeRed, Colors.SteelBlue, Colors.Purple };
            bool anyMos = false;
            for (int i = 0; i < agents.Count; i++)
            {
                string agent = agents[i];
                Color color = colors[i % colors.Length];
                var mos = history.Where(h => h.Mos.ContainsKey(agent)).ToList();
                if (mos.Count > 0)
                {
                    anyMos = true;
                    var line = plot.Add.Scatter(mos.Select(h => (h.At - start).TotalSeconds).ToArray(), mos.Select(h => h.Mos[agent]).ToArray(), color);
                    line.LegendText = agent + " MOS";
                    line.LineWidth = 2;
                }
                var loss = history.Where(h => h.Loss.ContainsKey(agent)).ToList();
                if (loss.Count > 0)
                {
                    var line = plot.Add.Scatter(loss.Select(h => (h.At - start).TotalSeconds).ToArray(), loss.Select(h => h.Loss[agent] * 100).ToArray(), color);
                    line.LegendText = agent + " loss %";
                    line.LinePattern = LinePattern.Dashed;
                    line.Axes.YAxis = plot.Axes.Right;
                }
            }
            plot.Axes.SetLimitsY(1, 5, plot.Axes.Left);
            double worstLoss = history.SelectMany(h => h.Loss.Values).DefaultIfEmpty(0).Max() * 100;
            plot.Axes.SetLimitsY(0, Math.Max(1, worstLoss * 1.25), plot.Axes.Right);
            if (!anyMos) plot.Axes.Left.Label.Text = "MOS (no MOS series in this build)";
            plot.ShowLegend(Alignment.LowerLeft);
            plot.SavePng(path, 1000, 560);
        }
    }
}
