using System.Collections.Generic;
using System.Text;

namespace Cs2Js.Print
{
    /// <summary>Source map v3: one segment per mapped position, Base64 VLQ encoded.</summary>
    public sealed class SourceMapBuilder
    {
        readonly List<string> sources = new();
        readonly Dictionary<string, int> sourceIndex = new();
        readonly List<string> names = new();
        readonly Dictionary<string, int> nameIndex = new();
        readonly List<(int genLine, int genCol, int src, int line, int col, int name)> segments = new();

        public IReadOnlyList<(int genLine, int genCol, int src, int line, int col, int name)> Segments => segments;
        public IReadOnlyList<string> Sources => sources;
        /// <summary>Original names of renamed identifiers (a segment's name is an index here, -1 for none).</summary>
        public IReadOnlyList<string> Names => names;

        public void Add(int genLine, int genCol, string source, int line, int col, string? name = null)
        {
            int ni = -1;
            if (name != null && !nameIndex.TryGetValue(name, out ni))
            {
                ni = names.Count;
                names.Add(name);
                nameIndex[name] = ni;
            }
            if (!sourceIndex.TryGetValue(source, out var idx))
            {
                idx = sources.Count;
                sources.Add(source);
                sourceIndex[source] = idx;
            }
            segments.Add((genLine, genCol, idx, line, col, ni));
        }

        public string ToJson(string file)
        {
            var sb = new StringBuilder();
            int prevSrc = 0, prevLine = 0, prevCol = 0, prevName = 0, line = 0;
            bool firstInLine = true;
            int prevGenCol = 0;
            segments.Sort((a, b) => a.genLine != b.genLine ? a.genLine.CompareTo(b.genLine) : a.genCol.CompareTo(b.genCol));
            foreach (var s in segments)
            {
                while (line < s.genLine) { sb.Append(';'); line++; firstInLine = true; prevGenCol = 0; }
                if (!firstInLine) sb.Append(',');
                Vlq(sb, s.genCol - prevGenCol); prevGenCol = s.genCol;
                Vlq(sb, s.src - prevSrc); prevSrc = s.src;
                Vlq(sb, s.line - prevLine); prevLine = s.line;
                Vlq(sb, s.col - prevCol); prevCol = s.col;
                if (s.name >= 0) { Vlq(sb, s.name - prevName); prevName = s.name; }
                firstInLine = false;
            }
            var json = new StringBuilder();
            json.Append("{\"version\":3,\"file\":").Append(Quote(file)).Append(",\"sources\":[");
            for (int i = 0; i < sources.Count; i++) { if (i > 0) json.Append(','); json.Append(Quote(sources[i])); }
            json.Append("],\"names\":[");
            for (int i = 0; i < names.Count; i++) { if (i > 0) json.Append(','); json.Append(Quote(names[i])); }
            json.Append("],\"mappings\":").Append(Quote(sb.ToString())).Append('}');
            return json.ToString();
        }

        const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        static void Vlq(StringBuilder sb, int value)
        {
            int v = value < 0 ? ((-value) << 1) | 1 : value << 1;
            do
            {
                int digit = v & 31;
                v >>= 5;
                if (v > 0) digit |= 32;
                sb.Append(Base64[digit]);
            } while (v > 0);
        }

        static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
