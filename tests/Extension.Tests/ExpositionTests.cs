using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    public class ExpositionTests
    {
        private static MetricsSnapshot Snap(params (string name, string type, string[] ln, string[] lv, double v)[] rows)
        {
            var snap = new MetricsSnapshot();
            foreach (var r in rows)
            {
                MetricFamily? f = snap.Families.FirstOrDefault(x => x.Name == r.name);
                if (f == null) { f = new MetricFamily { Name = r.name, Type = r.type, Help = "help for " + r.name }; snap.Families.Add(f); }
                f.Series.Add(new Series { LabelNames = r.ln, LabelValues = r.lv, Value = r.v });
            }
            return snap;
        }

        [Test]
        public void Escapes_hostile_label_values_and_help()
        {
            var snap = Snap(("webrtc_x", "gauge", new[] { "agent_id" }, new[] { "a\\b\"c\nd} x=\"1\"" }, 1));
            snap.Families[0].Help = "back\\slash\nnewline";
            string text = Exposition.Write(snap);
            Assert.That(text, Is.EqualTo(
                "# HELP webrtc_x back\\\\slash\\nnewline\n# TYPE webrtc_x gauge\nwebrtc_x{agent_id=\"a\\\\b\\\"c\\nd} x=\\\"1\\\"\"} 1\n"));
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output);
        }

        [TestCase(double.NaN, "NaN")]
        [TestCase(double.PositiveInfinity, "+Inf")]
        [TestCase(double.NegativeInfinity, "-Inf")]
        [TestCase(-3.0, "-3")]
        [TestCase(0.0, "0")]
        [TestCase(-0.0, "0")]
        [TestCase(0.25, "0.25")]
        [TestCase(1234567890123.0, "1234567890123")]
        [TestCase(1e21, "1E+21")]
        [TestCase(0.1 + 0.2, "0.3")]
        [TestCase(3255.3360000000002, "3255.336")]
        [TestCase(0.11760000000000001, "0.1176")]
        [TestCase(-0.30000000000000004, "-0.3")]
        [TestCase(4.350192961566775, "4.35019296156678")]
        [TestCase(2.9999999999999996, "3")]
        [TestCase(7.840501792114694E-07, "7.8405017921147E-07")] // v × 10^21 rounds to …469.5 first: 15 digits within half a unit, not always the nearest
        [TestCase(1.5e-9, "1.5E-09")]
        [TestCase(123456789012345.67, "123456789012346")]
        public void Formats_values_the_Prometheus_way(double v, string expected)
            => Assert.That(Exposition.FormatValue(v), Is.EqualTo(expected));

        [Test]
        public void Fifteen_digits_keep_every_browser_decimal_and_the_order_of_growing_counters()
        {
            var rng = new System.Random(13);
            double total = 0, printedBefore = double.NegativeInfinity;
            for (int i = 0; i < 200_000; i++)
            {
                // a running total of seconds as the worker keeps it: float noise builds up
                total += rng.Next(0, 4) == 0 ? 0 : rng.NextDouble() * (i % 1000 == 0 ? 1000 : 0.05);
                double printed = double.Parse(Exposition.FormatValue(total), System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(printed, Is.GreaterThanOrEqualTo(printedBefore), $"counter went backwards at {total:R}");
                Assert.That(System.Math.Abs(printed - total), Is.LessThanOrEqualTo(System.Math.Abs(total) * 1e-14));
                printedBefore = printed;
            }
            foreach (string reported in new[] { "0.004", "3283.8624", "1.40385", "0.0534", "29.4", "1727000000.0005", "0.000123456789012345" })
            {
                double v = double.Parse(reported, System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(Exposition.FormatValue(v), Is.EqualTo(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), reported);
            }
        }

        [Test]
        public void Non_finite_and_negative_values_pass_promtool()
        {
            var snap = Snap(
                ("webrtc_a_seconds", "gauge", new[] { "pc" }, new[] { "0" }, double.NaN),
                ("webrtc_a_seconds", "gauge", new[] { "pc" }, new[] { "1" }, double.PositiveInfinity),
                ("webrtc_a_seconds", "gauge", new[] { "pc" }, new[] { "2" }, double.NegativeInfinity),
                ("webrtc_lost_packets", "gauge", new[] { "pc" }, new[] { "0" }, -5));
            string text = Exposition.Write(snap);
            StringAssert.Contains("webrtc_a_seconds{pc=\"0\"} NaN\n", text);
            StringAssert.Contains("webrtc_a_seconds{pc=\"1\"} +Inf\n", text);
            StringAssert.Contains("webrtc_a_seconds{pc=\"2\"} -Inf\n", text);
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output.Trim(), Is.Empty);
        }

        [Test]
        public void Drops_duplicate_series_and_sorts_deterministically()
        {
            var snap = Snap(
                ("webrtc_x", "gauge", new[] { "pc" }, new[] { "1" }, 1),
                ("webrtc_x", "gauge", new[] { "pc" }, new[] { "0" }, 2),
                ("webrtc_x", "gauge", new[] { "pc" }, new[] { "1" }, 3));
            string text = Exposition.Write(snap);
            Assert.That(text, Is.EqualTo("# HELP webrtc_x help for webrtc_x\n# TYPE webrtc_x gauge\nwebrtc_x{pc=\"0\"} 2\nwebrtc_x{pc=\"1\"} 1\n"));
        }

        [Test]
        public void Empty_snapshot_is_empty_text_and_families_without_series_are_skipped()
        {
            var snap = new MetricsSnapshot();
            snap.Families.Add(new MetricFamily { Name = "webrtc_x", Help = "h" });
            Assert.That(Exposition.Write(snap), Is.EqualTo(""));
        }
    }
}
