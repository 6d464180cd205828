using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Snappy's block format (the "raw" format remote_write uses, not the framed stream):
    /// a varint of the uncompressed length, then literals and back-references (copies). The
    /// compressor works on 64 KiB fragments with a hash table of 4-byte sequences, as the format's
    /// reference encoder does; any valid encoder's output may differ byte-wise, decoders must agree.
    /// Written with 32-bit integer arithmetic only, so cs2js output matches .NET.</summary>
    public static class Snappy
    {
        private const int FragmentSize = 65536;
        private const int MaxHashBits = 14;
        /// <summary>The last bytes of a fragment are always emitted as a literal (no match search
        /// there), so a 4-byte load never reads past the input.</summary>
        private const int InputMargin = 15;
        private const int MinNonLiteralBlock = 17;

        public static byte[] Compress(byte[] input)
        {
            var output = new List<int>(input.Length / 2 + 16);
            WriteVarint(output, input.Length);
            int[] table = new int[1 << MaxHashBits];
            for (int start = 0; start < input.Length; start += FragmentSize)
            {
                int end = System.Math.Min(start + FragmentSize, input.Length);
                CompressFragment(input, start, end, table, output);
            }
            var result = new byte[output.Count];
            for (int i = 0; i < output.Count; i++) result[i] = (byte)output[i];
            return result;
        }

        private static void WriteVarint(List<int> output, int value)
        {
            uint v = (uint)value;
            while (v >= 128)
            {
                output.Add((int)(v & 127) | 128);
                v = v >> 7;
            }
            output.Add((int)v);
        }

        private static int Load32(byte[] b, int i) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

        private static int Hash(int bytes, int shift) => (int)(((uint)bytes * 0x1E35A7BDu) >> shift);

        private static void CompressFragment(byte[] input, int start, int end, int[] table, List<int> output)
        {
            int length = end - start;
            if (length < MinNonLiteralBlock)
            {
                EmitLiteral(output, input, start, length);
                return;
            }
            int hashBits = 8;
            while (hashBits < MaxHashBits && (1 << hashBits) < length) hashBits++;
            int shift = 32 - hashBits;
            int size = 1 << hashBits;
            // Table entries are positions relative to the fragment start; 0 doubles as "empty",
            // which only costs a failed 4-byte comparison.
            for (int i = 0; i < size; i++) table[i] = 0;

            int limit = end - InputMargin;
            int nextEmit = start;
            int ip = start + 1;
            while (true)
            {
                // Look for a 4-byte match, skipping faster through incompressible data: after 32
                // misses, every second position; after 64, every third…
                int skip = 32;
                int candidate;
                int nextIp = ip;
                while (true)
                {
                    ip = nextIp;
                    int step = skip >> 5;
                    skip++;
                    nextIp = ip + step;
                    if (nextIp > limit)
                    {
                        if (nextEmit < end) EmitLiteral(output, input, nextEmit, end - nextEmit);
                        return;
                    }
                    int h = Hash(Load32(input, ip), shift);
                    candidate = start + table[h];
                    table[h] = ip - start;
                    if (Load32(input, ip) == Load32(input, candidate) && candidate < ip) break;
                }
                EmitLiteral(output, input, nextEmit, ip - nextEmit);
                // Emit copies for as long as the next position matches again right away.
                while (true)
                {
                    int matched = 4;
                    while (ip + matched < end && input[candidate + matched] == input[ip + matched]) matched++;
                    EmitCopy(output, ip - candidate, matched);
                    ip += matched;
                    nextEmit = ip;
                    if (ip >= limit)
                    {
                        if (nextEmit < end) EmitLiteral(output, input, nextEmit, end - nextEmit);
                        return;
                    }
                    table[Hash(Load32(input, ip - 1), shift)] = ip - 1 - start;
                    int h = Hash(Load32(input, ip), shift);
                    candidate = start + table[h];
                    table[h] = ip - start;
                    if (!(Load32(input, ip) == Load32(input, candidate) && candidate < ip)) break;
                }
                ip++;
            }
        }

        private static void EmitLiteral(List<int> output, byte[] input, int from, int length)
        {
            if (length <= 0) return;
            int n = length - 1;
            if (n < 60) output.Add(n << 2);
            else if (n < 256) { output.Add(60 << 2); output.Add(n); }
            else if (n < 65536) { output.Add(61 << 2); output.Add(n & 255); output.Add(n >> 8); }
            else if (n < 16777216) { output.Add(62 << 2); output.Add(n & 255); output.Add((n >> 8) & 255); output.Add(n >> 16); }
            else { output.Add(63 << 2); output.Add(n & 255); output.Add((n >> 8) & 255); output.Add((n >> 16) & 255); output.Add((n >> 24) & 255); }
            for (int i = 0; i < length; i++) output.Add(input[from + i]);
        }

        /// <summary>A back-reference of <paramref name="length"/> bytes, <paramref name="offset"/>
        /// bytes back (offset &lt; 65536 within a fragment). Long matches are split into pieces of
        /// at most 64; a piece of 4–11 bytes less than 2048 back takes the 2-byte form.</summary>
        private static void EmitCopy(List<int> output, int offset, int length)
        {
            while (length >= 68)
            {
                EmitCopyUpTo64(output, offset, 64);
                length -= 64;
            }
            if (length > 64)
            {
                EmitCopyUpTo64(output, offset, 60);
                length -= 60;
            }
            EmitCopyUpTo64(output, offset, length);
        }

        private static void EmitCopyUpTo64(List<int> output, int offset, int length)
        {
            if (length >= 4 && length < 12 && offset < 2048)
            {
                output.Add(1 | ((length - 4) << 2) | ((offset >> 8) << 5));
                output.Add(offset & 255);
            }
            else
            {
                output.Add(2 | ((length - 1) << 2));
                output.Add(offset & 255);
                output.Add(offset >> 8);
            }
        }

        /// <summary>Decodes a snappy block; throws <see cref="System.FormatException"/> on corrupt
        /// input (a reference before the start, a length that disagrees with the preamble).</summary>
        public static byte[] Decompress(byte[] input)
        {
            int pos = 0;
            int expected = 0;
            int shift = 0;
            while (true)
            {
                if (pos >= input.Length || shift > 28) throw new System.FormatException("snappy: bad length preamble");
                int b = input[pos++];
                expected |= (b & 127) << shift;
                if (b < 128) break;
                shift += 7;
            }
            var output = new List<int>(expected);
            while (pos < input.Length)
            {
                int tag = input[pos++];
                int kind = tag & 3;
                if (kind == 0)
                {
                    int n = tag >> 2;
                    if (n >= 60)
                    {
                        int extra = n - 59;
                        if (pos + extra > input.Length) throw new System.FormatException("snappy: truncated literal length");
                        n = 0;
                        for (int i = 0; i < extra; i++) n |= input[pos + i] << (8 * i);
                        pos += extra;
                    }
                    n++;
                    if (n <= 0 || pos + n > input.Length) throw new System.FormatException("snappy: truncated literal");
                    for (int i = 0; i < n; i++) output.Add(input[pos + i]);
                    pos += n;
                    continue;
                }
                int length, offset;
                if (kind == 1)
                {
                    if (pos + 1 > input.Length) throw new System.FormatException("snappy: truncated copy");
                    length = 4 + ((tag >> 2) & 7);
                    offset = ((tag >> 5) << 8) | input[pos];
                    pos += 1;
                }
                else if (kind == 2)
                {
                    if (pos + 2 > input.Length) throw new System.FormatException("snappy: truncated copy");
                    length = 1 + (tag >> 2);
                    offset = input[pos] | (input[pos + 1] << 8);
                    pos += 2;
                }
                else
                {
                    if (pos + 4 > input.Length) throw new System.FormatException("snappy: truncated copy");
                    length = 1 + (tag >> 2);
                    offset = input[pos] | (input[pos + 1] << 8) | (input[pos + 2] << 16) | (input[pos + 3] << 24);
                    pos += 4;
                }
                if (offset <= 0 || offset > output.Count) throw new System.FormatException("snappy: copy offset out of range");
                int from = output.Count - offset;
                for (int i = 0; i < length; i++) output.Add(output[from + i]);
            }
            if (output.Count != expected) throw new System.FormatException("snappy: length does not match the preamble");
            var result = new byte[output.Count];
            for (int i = 0; i < output.Count; i++) result[i] = (byte)output[i];
            return result;
        }
    }
}
