using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests.RemoteWrite
{
    /// <summary>Our snappy block encoder against two independent decoders (Snappier, a port of
    /// Google's C++ snappy; IronSnappy, a port of Go's snappy, the one Prometheus uses): each must
    /// give back the input byte for byte. Encoders may legally differ in their output, so the
    /// reference encoders are compared by size, and our decoder must read theirs.</summary>
    public class SnappyTests
    {
        public static IEnumerable<TestCaseData> Inputs()
        {
            var rng = new Random(18);
            byte[] Random(int n) { var b = new byte[n]; rng.NextBytes(b); return b; }
            yield return new TestCaseData(new byte[0]).SetName("empty");
            yield return new TestCaseData(new byte[] { 42 }).SetName("one byte");
            yield return new TestCaseData(Encoding.ASCII.GetBytes("abcdabcdabcdabcd")).SetName("16 bytes, under the fragment minimum");
            yield return new TestCaseData(Encoding.ASCII.GetBytes("abcdabcdabcdabcdabcdabcd")).SetName("24 bytes, overlapping copy");
            yield return new TestCaseData(new byte[100_000]).SetName("100 KB of zeros (long copies, two fragments)");
            yield return new TestCaseData(Random(100_000)).SetName("100 KB random (incompressible, long literals)");
            yield return new TestCaseData(Random(70)).SetName("70 random bytes (literal of 60+)");
            yield return new TestCaseData(Encoding.UTF8.GetBytes(GoldenTests.ExpositionOfFixture(out _))).SetName("exposition text of a recorded call");
            yield return new TestCaseData(WriteRequestTests.FixtureBody(out _)).SetName("WriteRequest of a recorded call");
            var mixed = new List<byte>();
            for (int i = 0; i < 300; i++) { mixed.AddRange(Random(rng.Next(1, 40))); mixed.AddRange(Encoding.ASCII.GetBytes(new string('q', rng.Next(1, 300)))); }
            yield return new TestCaseData(mixed.ToArray()).SetName("mixed runs and noise, several fragments");
            var far = new List<byte>(Random(3000));
            far.AddRange(far.Take(1000).ToArray()); // a copy more than 2048 bytes back: the 3-byte form
            yield return new TestCaseData(far.ToArray()).SetName("copy beyond 2 KiB");
        }

        [TestCaseSource(nameof(Inputs))]
        public void Reference_decoders_read_back_exactly_the_input(byte[] input)
        {
            byte[] ours = Snappy.Compress(input);
            Assert.That(Snappier.Snappy.DecompressToArray(ours), Is.EqualTo(input), "Snappier");
            Assert.That(IronSnappy.Snappy.Decode(ours), Is.EqualTo(input), "IronSnappy (Go's snappy)");
            Assert.That(Snappy.Decompress(ours), Is.EqualTo(input), "our own decoder");
        }

        [TestCaseSource(nameof(Inputs))]
        public void Our_decoder_reads_the_reference_encoders(byte[] input)
        {
            Assert.That(Snappy.Decompress(Snappier.Snappy.CompressToArray(input)), Is.EqualTo(input), "Snappier");
            Assert.That(Snappy.Decompress(IronSnappy.Snappy.Encode(input)), Is.EqualTo(input), "IronSnappy");
        }

        [Test]
        public void Compresses_as_well_as_the_reference_encoders_and_uses_back_references()
        {
            byte[] body = WriteRequestTests.FixtureBody(out _);
            byte[] ours = Snappy.Compress(body);
            int snappier = Snappier.Snappy.CompressToArray(body).Length;
            int iron = IronSnappy.Snappy.Encode(body).Length;
            TestContext.Out.WriteLine($"WriteRequest {body.Length} B → ours {ours.Length} B, Snappier {snappier} B, IronSnappy {iron} B");
            Assert.That(ours.Length, Is.LessThan(body.Length / 3), "a real compressor, not literal-only blocks");
            Assert.That(ours.Length, Is.LessThanOrEqualTo(Math.Max(snappier, iron) * 1.10), "within 10% of the reference encoders");
            byte[] zeros = Snappy.Compress(new byte[65536]);
            Assert.That(zeros.Length, Is.LessThan(3200), "64 KiB of zeros become a literal and ~1000 copies of 64 bytes");
        }

        [Test]
        public void Corrupt_input_is_refused_not_misread()
        {
            byte[] good = Snappy.Compress(Encoding.ASCII.GetBytes("hello hello hello hello hello"));
            Assert.Throws<FormatException>(() => Snappy.Decompress(good.Take(good.Length - 1).ToArray()));
            Assert.Throws<FormatException>(() => Snappy.Decompress(new byte[] { 5, 1 | (0 << 2), 9 }), "copy before the start");
            Assert.Throws<FormatException>(() => Snappy.Decompress(new byte[] { 0x80 }), "truncated preamble");
        }
    }
}
