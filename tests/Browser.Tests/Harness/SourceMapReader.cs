using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>Reads a source map v3 (as a browser's devtools would) and maps a generated position back
    /// to its source: the segment at or before the position on that generated line.</summary>
    public sealed class SourceMapReader
    {
        public readonly record struct Original(string Source, int Line, int Column, string? Name);

        private readonly List<string> sources;
        private readonly List<string> names;
        private readonly List<List<(int GenCol, int Src, int Line, int Col, int Name)>> lines = new();

        public SourceMapReader(string json)
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            sources = root.GetProperty("sources").EnumerateArray().Select(e => e.GetString()!).ToList();
            names = root.TryGetProperty("names", out var n) ? n.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>();
            int src = 0, line = 0, col = 0, name = 0;
            foreach (var genLine in root.GetProperty("mappings").GetString()!.Split(';'))
            {
                var segs = new List<(int, int, int, int, int)>();
                int genCol = 0;
                foreach (var seg in genLine.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var v = Vlq(seg);
                    genCol += v[0];
                    if (v.Count >= 4) { src += v[1]; line += v[2]; col += v[3]; }
                    int segName = -1;
                    if (v.Count >= 5) { name += v[4]; segName = name; }
                    if (v.Count >= 4) segs.Add((genCol, src, line, col, segName));
                }
                lines.Add(segs);
            }
        }

        /// <summary>The original position of a 0-based generated line and column, or null if unmapped.</summary>
        public Original? Lookup(int line, int column)
        {
            if (line < 0 || line >= lines.Count) return null;
            var hit = lines[line].Where(s => s.GenCol <= column).OrderBy(s => s.GenCol).LastOrDefault();
            if (hit == default && !lines[line].Any(s => s.GenCol <= column)) return null;
            return new Original(sources[hit.Src], hit.Line, hit.Col, hit.Name >= 0 ? names[hit.Name] : null);
        }

        private static List<int> Vlq(string s)
        {
            const string b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            var result = new List<int>();
            int value = 0, shift = 0;
            foreach (var c in s)
            {
                int digit = b64.IndexOf(c);
                if (digit < 0) throw new FormatException("not base64 VLQ: " + s);
                value += (digit & 31) << shift;
                if ((digit & 32) != 0) { shift += 5; continue; }
                result.Add((value & 1) != 0 ? -(value >> 1) : value >> 1);
                value = 0; shift = 0;
            }
            return result;
        }

        /// <summary>Frames of a V8 stack string ("at f (url:line:col)" or "at url:line:col") in
        /// <paramref name="script"/>: 1-based line and column as V8 prints them.</summary>
        public static IEnumerable<(int Line, int Column)> FramesIn(string stack, string script) =>
            Regex.Matches(stack, @"(?:chrome-extension://[a-p]{32}/)" + Regex.Escape(script) + @":(\d+):(\d+)")
                .Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)));

        /// <summary>The source map of a built bundle in dist/unpacked.</summary>
        public static SourceMapReader ForBundle(string script) =>
            new(File.ReadAllText(Path.Combine(Repo.DistUnpacked, script + ".map")));
    }
}
