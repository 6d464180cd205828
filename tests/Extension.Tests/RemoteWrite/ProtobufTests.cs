using System;
using System.Collections.Generic;
using System.IO;
using Google.Protobuf;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests.RemoteWrite
{
    /// <summary>Our protobuf primitives against Google.Protobuf's CodedOutputStream, byte for byte.</summary>
    public class ProtobufTests
    {
        private static byte[] Reference(Action<CodedOutputStream> write)
        {
            var ms = new MemoryStream();
            var cos = new CodedOutputStream(ms);
            write(cos);
            cos.Flush();
            return ms.ToArray();
        }

        public static IEnumerable<double> Doubles()
        {
            yield return 1; yield return -1; yield return 0.5; yield return 1.5; yield return 2; yield return 3;
            yield return Math.PI; yield return -Math.E; yield return 1e-300; yield return 1e300;
            yield return double.MaxValue; yield return double.MinValue; yield return double.Epsilon; yield return -double.Epsilon;
            yield return 2.2250738585072014e-308; yield return 2.2250738585072009e-308; yield return 4.9406564584124654e-320;
            yield return double.PositiveInfinity; yield return double.NegativeInfinity;
            yield return 0.004; yield return 2790; yield return 1727000000000.5; yield return 9007199254740991; yield return 0.1 + 0.2;
            yield return Math.Pow(2, 52); yield return Math.Pow(2, 53); yield return Math.Pow(2, -1022); yield return Math.Pow(2, 1023);
            var rng = new Random(16);
            for (int i = 0; i < 2000; i++)
            {
                double d = BitConverter.Int64BitsToDouble((long)(rng.NextDouble() * long.MaxValue) * (rng.Next(2) == 0 ? 1 : -1));
                if (double.IsNaN(d)) continue; // NaN payloads other than the canonical one are not produced by us
                yield return d;
            }
            for (int i = 0; i < 500; i++) yield return (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-20, 20));
        }

        [Test]
        public void Every_double_encodes_as_google_protobuf_does()
        {
            int n = 0;
            foreach (double d in Doubles())
            {
                var ours = new ProtoWriter();
                ours.Double(1, d);
                byte[] expected = d == 0 ? new byte[0] : Reference(c => { c.WriteTag(1, WireFormat.WireType.Fixed64); c.WriteDouble(d); });
                Assert.That(ours.ToArray(), Is.EqualTo(expected), $"double {d:R} (bits {BitConverter.DoubleToInt64Bits(d):x16})");
                n++;
            }
            Assert.That(n, Is.GreaterThan(2000));
        }

        [Test]
        public void NaN_is_the_positive_quiet_nan_never_the_staleness_marker()
        {
            // .NET's double.NaN is 0xfff8…, Go's math.NaN() 0x7ff8…01, JavaScript's unobservable:
            // every NaN other than the staleness marker means the same to a receiver.
            Ieee754.Split(double.NaN, out uint high, out uint low);
            Assert.That(((ulong)high << 32) | low, Is.EqualTo(0x7ff8000000000000UL));
            Assert.That(((ulong)high << 32) | low, Is.Not.EqualTo(WriteRequestTests.StaleNaNBits));
        }

        [Test]
        public void Bit_patterns_are_exact_for_subnormals_and_powers_of_two()
        {
            for (int e = -1074; e <= 1023; e++)
            {
                double d = Math.Pow(2, e);
                long bits = BitConverter.DoubleToInt64Bits(d);
                Ieee754.Split(d, out uint high, out uint low);
                Assert.That(((long)high << 32) | low, Is.EqualTo(bits), $"2^{e}");
                double below = Math.BitDecrement(d);
                Ieee754.Split(below, out high, out low);
                Assert.That(((long)high << 32) | low, Is.EqualTo(BitConverter.DoubleToInt64Bits(below)), $"just below 2^{e}");
            }
        }

        [TestCase(0L)]
        [TestCase(1L)]
        [TestCase(127L)]
        [TestCase(128L)]
        [TestCase(300L)]
        [TestCase(2147483647L)]
        [TestCase(2147483648L)]
        [TestCase(4294967295L)]
        [TestCase(4294967296L)]
        [TestCase(1727000000000L)]
        [TestCase(9007199254740991L)]
        [TestCase(-1L)]
        [TestCase(-1727000000000L)]
        [TestCase(-9007199254740991L)]
        public void Int64_varints_match(long v)
        {
            var ours = new ProtoWriter();
            ours.Int64(2, v);
            byte[] expected = v == 0 ? new byte[0] : Reference(c => { c.WriteTag(2, WireFormat.WireType.Varint); c.WriteInt64(v); });
            Assert.That(ours.ToArray(), Is.EqualTo(expected));
        }

        [TestCase("")]
        [TestCase("agent-007")]
        [TestCase("pä:ss ✓ 𝄞")]
        [TestCase("lone \ud800 surrogate")]
        public void Strings_are_utf8_and_length_prefixed(string s)
        {
            var ours = new ProtoWriter();
            ours.String(3, s);
            byte[] expected = s.Length == 0 ? new byte[0] : Reference(c => { c.WriteTag(3, WireFormat.WireType.LengthDelimited); c.WriteString(s); });
            Assert.That(ours.ToArray(), Is.EqualTo(expected));
        }

        [Test]
        public void Long_strings_take_multi_byte_lengths()
        {
            string s = new string('x', 20000);
            var ours = new ProtoWriter();
            ours.String(1, s);
            Assert.That(ours.ToArray(), Is.EqualTo(Reference(c => { c.WriteTag(1, WireFormat.WireType.LengthDelimited); c.WriteString(s); })));
        }
    }
}
