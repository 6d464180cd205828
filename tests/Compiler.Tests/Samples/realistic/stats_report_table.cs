using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

record StreamStat(string Id, string Kind, long Bytes, int Packets, int Lost, double Jitter);

public static class Program
{
    static string Table(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(" | ", headers.Select((h, i) => h.PadRight(widths[i]))));
        sb.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in all) sb.AppendLine(string.Join(" | ", r.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        return sb.ToString();
    }

    public static void Main()
    {
        var stats = new List<StreamStat>
        {
            new StreamStat("RTCInboundRTPVideoStream_1", "video", 12_345_678, 10_234, 12, 0.0123),
            new StreamStat("RTCInboundRTPAudioStream_2", "audio", 987_654, 50_000, 0, 0.002),
            new StreamStat("RTCOutboundRTPVideoStream_3", "video", 45_000_000, 40_000, 400, 0.1),
        };
        var rows = stats.OrderByDescending(s => s.Bytes).Select(s => new[]
        {
            s.Id, s.Kind, (s.Bytes / 1024.0 / 1024.0).ToString("F2") + " MiB", s.Packets.ToString("N0"),
            (s.Packets == 0 ? 0 : (double)s.Lost / s.Packets).ToString("P2"), (s.Jitter * 1000).ToString("F1") + " ms",
        });
        Console.Write(Table(new[] { "id", "kind", "bytes", "packets", "loss", "jitter" }, rows));
        var byKind = stats.GroupBy(s => s.Kind).Select(g => $"{g.Key}: {g.Sum(s => s.Bytes):N0} bytes in {g.Count()} stream(s)");
        foreach (var line in byKind) Console.WriteLine(line);
    }
}
