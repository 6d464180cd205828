using System;
using System.Linq;
using System.Text.RegularExpressions;
class P {
  static readonly Regex Line = new Regex(@"^(?<date>\d{4}-\d{2}-\d{2}) (?<level>[A-Z]+)\s+(\w+): (.*)$", RegexOptions.Compiled);
  static void Main() {
    var m = Line.Match("2024-01-02 WARN  net: timeout after 30s");
    Console.WriteLine($"{m.Success} {m.Groups["date"].Value} {m.Groups["level"].Value} {m.Groups[1].Value} [{m.Groups[2]}] {m.Groups[3].Index} {m.Groups.Count}");
    foreach (Match x in Regex.Matches("a1 b22 c333", @"\d+")) Console.WriteLine(x.Value + "@" + x.Index);
    Console.WriteLine(string.Join("|", Regex.Matches("a1 b22 c333", @"[a-z](\d+)").Select(x => x.Groups[1].Value)));
    Console.WriteLine(Regex.Replace("John Smith", @"(\w+) (\w+)", "$2, $1 $$ $0 ${1} $3 $+ $_ $` $'"));
    Console.WriteLine(Regex.Replace("hello world", @"\b\w", mm => mm.Value.ToUpper()));
    Console.WriteLine(string.Join("|", Regex.Split("a, b;c ,d", @"\s*[,;]\s*")));
    Console.WriteLine(string.Join("|", Regex.Split("a1b2c", @"(\d)")));
    Console.WriteLine(string.Join("|", Regex.Split("abc", "")));
    Console.WriteLine(Regex.Escape("a.b*c (d) [e] #f g\th"));
    Console.WriteLine(Regex.IsMatch("ABC", "^abc$", RegexOptions.IgnoreCase));
    Console.WriteLine(Regex.IsMatch("abc\n", "^abc$"));
    Console.WriteLine(Regex.Matches("a\nb\r\nc", "^.+$", RegexOptions.Multiline).Count);
    Console.WriteLine(string.Join(",", Regex.Matches("a\nb\r\nc", "(?m)^.+$").Select(x => x.Value.Length)));
    Console.WriteLine(string.Join(",", Regex.Matches("xaxx", "x*").Select(x => x.Index + ":" + x.Length)));
    var mm2 = Regex.Match("k=v; k2=v2", @"(\w+)=(\w+)");
    while (mm2.Success) { Console.WriteLine(mm2.Groups[1] + "->" + mm2.Groups[2]); mm2 = mm2.NextMatch(); }
    Console.WriteLine(Regex.IsMatch("café", @"^\w+$") + " " + Regex.IsMatch("١٢٣", @"^\d+$") + " " + Regex.IsMatch("\u00a0", @"^\s$"));
  }
}
