using System;
using System.Collections.Generic;

public static class Program
{
    static string Classify(int n)
    {
        switch (n)
        {
            case 0: return "zero";
            case 1:
            case 2: return "small";
            case < 0: return "negative";
            case > 100: return "huge";
            default:
                if (n % 2 == 0) return "even";
                return "odd";
        }
    }

    static string Cmd(string s)
    {
        string result;
        switch (s.ToLowerInvariant())
        {
            case "start": result = "starting"; break;
            case "stop": result = "stopping"; break;
            case var x when x.StartsWith("set "): result = "setting " + x.Substring(4); break;
            case null: result = "null"; break;
            default: result = "unknown '" + s + "'"; break;
        }
        return result;
    }

    public static void Main()
    {
        foreach (var n in new[] { 0, 1, 2, -5, 101, 8, 9 }) Console.WriteLine(n + ": " + Classify(n));
        foreach (var s in new[] { "Start", "STOP", "set volume", "jump" }) Console.WriteLine(Cmd(s));
        foreach (object o in new object[] { new List<int> { 1, 2, 3, 4 }, new List<int> { 1 }, "text", new Exception("e") })
        {
            switch (o)
            {
                case string s: Console.WriteLine("string " + s); break;
                case List<int> l when l.Count > 3: Console.WriteLine("big list " + l.Count); break;
                case List<int> l: Console.WriteLine("list " + l.Count); break;
                default: Console.WriteLine("other " + o.GetType().Name); break;
            }
        }
    }
}
