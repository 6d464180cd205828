using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The protobuf wire format, as much as remote_write needs: varints, 64-bit doubles,
    /// length-delimited strings (nested messages are written inline, their lengths computed first). Proto3 rules: a field holding its default
    /// (0, empty string) is not written. Plain arithmetic and 32-bit words only, so cs2js produces
    /// the same bytes as .NET (a long is a 53-bit number in JavaScript).</summary>
    public sealed class ProtoWriter
    {
        public const int WireVarint = 0;
        public const int WireFixed64 = 1;
        public const int WireLengthDelimited = 2;

        private readonly List<int> bytes = new List<int>();

        public int Length => bytes.Count;

        public void Byte(int b) => bytes.Add(b & 255);

        /// <summary>An unsigned varint of a 64-bit value given as two 32-bit words.</summary>
        public void VarintWords(uint low, uint high)
        {
            while (high != 0 || low >= 128)
            {
                bytes.Add((int)(low & 127) | 128);
                low = (low >> 7) | (high << 25);
                high = high >> 7;
            }
            bytes.Add((int)low);
        }

        /// <summary>A varint of a whole number in ±2^53 (negative numbers take ten bytes, as int64 does).</summary>
        public void Varint(double value)
        {
            double high = System.Math.Floor(value / 4294967296.0);
            double low = value - high * 4294967296.0;
            VarintWords(Ieee754.Word(low), (uint)(int)high);
        }

        /// <summary>Bytes a varint of <paramref name="value"/> (a whole number in [0, 2^53)) takes.</summary>
        public static int VarintSize(double value)
        {
            int n = 1;
            while (value >= 128) { value = System.Math.Floor(value / 128); n++; }
            return n;
        }

        /// <summary>A string field from its UTF-8 bytes (omitted when empty).</summary>
        public void Utf8(int field, byte[] utf8)
        {
            if (utf8.Length == 0) return;
            Tag(field, WireLengthDelimited);
            VarintWords((uint)utf8.Length, 0);
            for (int i = 0; i < utf8.Length; i++) bytes.Add(utf8[i]);
        }

        public void Tag(int field, int wire) => VarintWords((uint)(field * 8 + wire), 0);

        /// <summary>An int64 field (omitted when 0).</summary>
        public void Int64(int field, double value)
        {
            if (value == 0) return;
            Tag(field, WireVarint);
            Varint(value);
        }

        /// <summary>A double field (omitted when 0 or -0, as proto3 encoders do).</summary>
        public void Double(int field, double value)
        {
            if (value == 0) return;
            Tag(field, WireFixed64);
            Ieee754.Split(value, out uint high, out uint low);
            Fixed64(low, high);
        }

        /// <summary>A double field holding exactly the given bit pattern (e.g. the staleness NaN).</summary>
        public void DoubleBits(int field, uint low, uint high)
        {
            Tag(field, WireFixed64);
            Fixed64(low, high);
        }

        public void Fixed64(uint low, uint high)
        {
            for (int i = 0; i < 4; i++) bytes.Add((int)((low >> (8 * i)) & 255));
            for (int i = 0; i < 4; i++) bytes.Add((int)((high >> (8 * i)) & 255));
        }

        /// <summary>A string field as UTF-8 (omitted when empty).</summary>
        public void String(int field, string value) => Utf8(field, TextEncoding.Utf8(value));

        public byte[] ToArray()
        {
            var result = new byte[bytes.Count];
            for (int i = 0; i < bytes.Count; i++) result[i] = (byte)bytes[i];
            return result;
        }
    }

    /// <summary>IEEE 754 binary64 bit patterns as two 32-bit words.</summary>
    public static class Ieee754
    {
        /// <summary>A whole number in [0, 2^32) as a uint, through two 16-bit halves: cs2js converts
        /// double → uint through a saturating int conversion, which clamps values ≥ 2^31.</summary>
        public static uint Word(double v)
        {
            int upper = (int)System.Math.Floor(v / 65536.0);
            int lower = (int)(v - upper * 65536.0);
            return ((uint)upper << 16) | (uint)lower;
        }

        /// <summary>The bits of <paramref name="v"/> as high and low words (BitConverter; every NaN
        /// as the one quiet NaN).</summary>
        public static void Split(double v, out uint high, out uint low)
        {
            if (double.IsNaN(v)) { high = 0x7FF80000u; low = 0; return; } // the quiet NaN .NET and Go print
            long bits = System.BitConverter.DoubleToInt64Bits(v);
            high = (uint)(bits >> 32);
            low = (uint)bits;
        }
    }
}
