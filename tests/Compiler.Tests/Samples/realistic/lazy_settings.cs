using System;
using System.Collections.Generic;

class ExpensiveReport
{
    public static int Built;
    public string Title { get; }
    public ExpensiveReport(string title) { Built++; Title = title; Console.WriteLine($"building {title}"); }
    public override string ToString() => $"report '{Title}'";
}

class Settings
{
    readonly Lazy<Dictionary<string, string>> values;
    public Settings(string text)
    {
        values = new Lazy<Dictionary<string, string>>(() =>
        {
            Console.WriteLine("parsing settings");
            var d = new Dictionary<string, string>();
            foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=');
                if (kv.Length != 2) throw new FormatException($"bad pair '{pair}'");
                d[kv[0].Trim()] = kv[1].Trim();
            }
            return d;
        });
    }
    public bool Loaded => values.IsValueCreated;
    public string Get(string key, string fallback = "") => values.Value.TryGetValue(key, out var v) ? v : fallback;
}

public static class Program
{
    static readonly Lazy<ExpensiveReport> report = new(() => new ExpensiveReport("Q3"));

    public static void Main()
    {
        Console.WriteLine($"created: {report.IsValueCreated}, built {ExpensiveReport.Built}");
        Console.WriteLine(report.Value);
        Console.WriteLine(report.Value.Title + " " + ExpensiveReport.Built + " " + report.IsValueCreated);
        var s = new Settings("host = example; port=8080;;mode=fast");
        Console.WriteLine(s.Loaded);
        Console.WriteLine(s.Get("port") + " " + s.Get("mode") + " " + s.Get("missing", "n/a") + " " + s.Loaded);
        var bad = new Settings("a=1;oops");
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine(bad.Get("a")); }
            catch (FormatException e) { Console.WriteLine($"attempt {i}: {e.Message}, loaded {bad.Loaded}"); }
        }
        var ready = new Lazy<int>(() => 42);
        Console.WriteLine(ready.IsValueCreated + " " + ready.Value + " " + ready.IsValueCreated);
    }
}
