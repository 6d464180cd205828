using System;
using System.Collections.Generic;

public enum Tier { Free, Pro, Enterprise }

sealed class Setting<T>
{
    public string Key { get; }
    public T Value { get; set; }
    public Setting(string key, T value) { Key = key; Value = value; }
    public object Boxed => Value!;
    public string Describe() => $"{Key}={Value} ({Value!.GetType().Name})";
}

public static class Program
{
    static string Kind<T>(T value) => value switch
    {
        int => "int",
        Tier => "tier",
        string => "string",
        double => "double",
        _ => "other",
    };

    public static void Main()
    {
        var settings = new List<object> { new Setting<int>("retries", 3), new Setting<Tier>("tier", Tier.Pro), new Setting<double>("ratio", 0.5), new Setting<string>("name", "x") };
        foreach (var s in settings)
        {
            switch (s)
            {
                case Setting<int> si: Console.WriteLine(si.Describe() + " next=" + (si.Value + 1)); break;
                case Setting<Tier> st: Console.WriteLine(st.Describe() + " upgraded=" + (st.Value + 1)); break;
                case Setting<double> sd: Console.WriteLine(sd.Describe() + " half=" + sd.Value / 2); break;
                default: Console.WriteLine("other: " + s); break;
            }
        }
        Console.WriteLine(Kind(1) + " " + Kind(Tier.Free) + " " + Kind("s") + " " + Kind(2.0) + " " + Kind('c'));
        var t = new Setting<Tier>("t", Tier.Enterprise);
        Console.WriteLine(t.Boxed + " " + (t.Boxed is Tier) + " " + (t.Boxed is int));
    }
}
