using System;
using System.Collections.Generic;
using System.Text;

public enum Severity { Info = 1, Warning = 5, Critical = 10 }

sealed class Alert
{
    public string Source { get; }
    public Severity Level { get; }
    public int Count { get; }

    public Alert(string source, Severity level, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000);
        Source = source;
        Level = level;
        Count = count;
    }
}

sealed class Report
{
    private readonly StringBuilder sb = new StringBuilder();

    public Report Add(Alert a)
    {
        ArgumentNullException.ThrowIfNull(a);
        sb.Append($"{a.Source,-8}|{a.Level,9}|{a.Count:D4}");
        sb.AppendLine($" ratio={a.Count / 7.0:F2} {(a.Level >= Severity.Warning ? "!" : "")}");
        return this;
    }

    public override string ToString() => sb.ToString();
}

public static class Program
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (ArgumentNullException e) { Console.WriteLine($"{what}: null {e.ParamName} / {e.Message}"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine($"{what}: range {e.ParamName} / {e.Message.Replace("\n", " | ")}"); }
        catch (ArgumentException e) { Console.WriteLine($"{what}: arg {e.ParamName} / {e.Message}"); }
    }

    public static void Main()
    {
        var r = new Report();
        r.Add(new Alert("mic", Severity.Warning, 12)).Add(new Alert("camera", Severity.Info, 3));
        Console.Write(r);
        Try("blank source", () => new Alert("  ", Severity.Info, 1));
        Try("null source", () => new Alert(null!, Severity.Info, 1));
        Try("zero count", () => new Alert("net", Severity.Info, 0));
        Try("huge count", () => new Alert("net", Severity.Info, 5000));
        Try("null alert", () => r.Add(null!));
        Try("fine", () => new Alert("cpu", Severity.Critical, 1000));
        var levels = new List<Severity> { Severity.Critical, Severity.Info, Severity.Warning, Severity.Info };
        levels.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", levels));
        Console.WriteLine(Severity.Info.CompareTo(Severity.Critical) + " " + Severity.Critical.CompareTo(Severity.Warning) + " " + Severity.Warning.CompareTo(Severity.Warning));
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.Append($"[{i}:{(char)('a' + i)}]");
        sb.Append($"{1.5,6:0.0}|{-2,4}|{true}|{Severity.Critical}|{null as string}|");
        Console.WriteLine(sb.ToString());
    }
}
