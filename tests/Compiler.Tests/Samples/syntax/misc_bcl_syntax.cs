using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public enum Priority { Low = 1, Normal = 5, High = 10 }

sealed class Config
{
    public string Name { get; }
    public Config(string name) { ArgumentNullException.ThrowIfNull(name); ArgumentException.ThrowIfNullOrEmpty(name); Name = name; }
}

public static class Program
{
    public static void Main()
    {
        var sb = new StringBuilder();
        int n = 3;
        sb.Append($"n={n}, sq={n * n:D3}; ");
        sb.AppendLine($"{Priority.High}");
        sb.Append('-', 3).Append(1.5).Append(true);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(Priority.Low.CompareTo(Priority.High) + " " + Priority.High.CompareTo(Priority.Normal) + " " + Priority.Normal.CompareTo(Priority.Normal));
        ArrayList legacy = new ArrayList { 1, "two", 3.0, 4 };
        IEnumerator e = legacy.GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + ";");
        Console.WriteLine();
        IEnumerable untyped = legacy;
        Console.WriteLine(untyped.OfType<int>().Sum() + " " + untyped.Cast<object>().Count());
        try { Console.WriteLine(untyped.Cast<int>().Sum()); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        try { new Config(null!); }
        catch (ArgumentNullException ex) { Console.WriteLine("ArgumentNullException " + ex.ParamName); }
        try { new Config(""); }
        catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + " " + ex.ParamName); }
        Console.WriteLine(new Config("ok").Name);
        var words = new[] { "delta", "alpha", "charlie", "bravo", "alpha" };
        Console.WriteLine(string.Join(",", words.CountBy(w => w[0]).Select(kv => $"{kv.Key}{kv.Value}")));
        Console.WriteLine(string.Join(",", words.AggregateBy(w => w.Length, 0, (acc, w) => acc + 1).Select(kv => $"{kv.Key}:{kv.Value}")));
        Console.WriteLine(string.Join(",", words.Index().Where(p => p.Item.StartsWith('a')).Select(p => p.Index)));
    }
}
