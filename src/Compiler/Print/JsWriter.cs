using System.Text;

namespace Cs2Js.Print
{
    /// <summary>Writes JavaScript text line by line with indentation, recording source-map positions.</summary>
    public sealed class JsWriter
    {
        readonly StringBuilder sb = new();
        int indent;
        int line;
        public SourceMapBuilder Map { get; } = new();
        public string IndentUnit { get; init; } = "  ";

        public void Indent() => indent++;
        public void Outdent() => indent--;

        /// <summary>Writes one line; when a source position is given, maps the line's first column to it.</summary>
        public void Line(string text, SourcePos? pos = null)
        {
            // A lowered statement may span several lines (object literals, lambdas): indent each.
            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0) { sb.Append('\n'); line++; continue; }
                int col = indent * IndentUnit.Length;
                if (i == 0 && pos is { } p) Map.Add(line, col, p.File, p.Line, p.Col);
                for (int k = 0; k < indent; k++) sb.Append(IndentUnit);
                sb.Append(lines[i]).Append('\n');
                line++;
            }
        }

        /// <summary>Appends another writer's lines at the current indentation, shifting its source map.</summary>
        public void Embed(JsWriter sub)
        {
            int baseLine = line, baseCol = indent * IndentUnit.Length;
            foreach (var s in sub.Map.Segments) Map.Add(baseLine + s.genLine, baseCol + s.genCol, sub.Map.Sources[s.src], s.line, s.col);
            var text = sub.ToString();
            if (text.EndsWith("\n")) text = text.Substring(0, text.Length - 1);
            foreach (var l in text.Split('\n'))
            {
                if (l.Length > 0) for (int k = 0; k < indent; k++) sb.Append(IndentUnit);
                sb.Append(l).Append('\n');
                line++;
            }
        }

        public bool IsEmpty => sb.Length == 0;

        public void Raw(string text)
        {
            sb.Append(text);
            foreach (var c in text) if (c == '\n') line++;
        }

        public override string ToString() => sb.ToString();
    }

    public readonly record struct SourcePos(string File, int Line, int Col);
}
