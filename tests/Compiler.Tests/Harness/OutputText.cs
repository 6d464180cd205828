using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Cs2Js.Tests.Harness
{
    public static class OutputText
    {
        /// <summary>CRLF → LF, trailing whitespace of every line trimmed, trailing empty lines dropped.</summary>
        public static string Normalize(string s)
        {
            var lines = s.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();
            while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
            return string.Join("\n", lines);
        }

        /// <summary>A small line diff (LCS based) in a unified-like format: ' ' same, '-' expected only,
        /// '+' actual only.</summary>
        public static string Diff(string expected, string actual, int maxLines = 80, string expectedLabel = "expected (.NET)", string actualLabel = "actual (JS)")
        {
            var a = expected.Split('\n');
            var b = actual.Split('\n');
            int n = a.Length, m = b.Length;
            if ((long)n * m > 4_000_000) return "--- expected\n" + expected + "\n+++ actual\n" + actual;
            var lcs = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
                for (int j = m - 1; j >= 0; j--)
                    lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            var sb = new StringBuilder("--- " + expectedLabel + "\n+++ " + actualLabel + "\n");
            int x = 0, y = 0, lines = 0;
            while ((x < n || y < m) && lines < maxLines)
            {
                if (x < n && y < m && a[x] == b[y]) { sb.Append("  ").Append(a[x]).Append('\n'); x++; y++; }
                else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) { sb.Append("+ ").Append(b[y]).Append('\n'); y++; }
                else { sb.Append("- ").Append(a[x]).Append('\n'); x++; }
                lines++;
            }
            if (x < n || y < m) sb.Append("... (diff truncated)\n");
            return sb.ToString();
        }

        public static string WithLineNumbers(string? js, int maxLines = 400)
        {
            if (js == null) return "(no JS)";
            var lines = js.Replace("\r\n", "\n").Split('\n');
            var sb = new StringBuilder();
            for (int i = 0; i < lines.Length && i < maxLines; i++) sb.Append((i + 1).ToString().PadLeft(4)).Append("  ").Append(lines[i]).Append('\n');
            if (lines.Length > maxLines) sb.Append("... (").Append(lines.Length - maxLines).Append(" more lines)\n");
            return sb.ToString();
        }
    }
}
