using System;
using System.Collections.Generic;

// Static state that logs as it initialises: beforefieldinit classes are set up when a static field is
// first read (calling a static method that does not touch fields does not do it), explicit static
// constructors on any first use; initialisation order follows use, not declaration.
static class Trace
{
    public static readonly List<string> Lines = new List<string>();
    public static string Note(string s) { Lines.Add(s); Console.WriteLine("init: " + s); return s; }
}

static class Limits
{
    public static readonly int MaxTabs = int.Parse(Trace.Note("32"));
    public static readonly TimeSpan PushEvery = TimeSpan.FromSeconds(int.Parse(Trace.Note("15")));
    public static string Describe() => "limits (no field read)";
}

static class Labels
{
    public static readonly string Job;
    public static readonly string Instance;
    static Labels()
    {
        Job = Trace.Note("webrtc");
        Instance = Trace.Note("agent-7");
    }
    public static string Pair() => Job + "/" + Instance;
}

class Counter
{
    public static int Instances;
    private static readonly string Prefix = Trace.Note("counter-");
    public readonly string Name;
    static Counter() { Console.WriteLine("Counter cctor"); }
    public Counter() { Instances++; Name = Prefix + Instances; }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("main");
        Console.WriteLine(Limits.Describe());
        Console.WriteLine("tabs " + Limits.MaxTabs);
        Console.WriteLine("every " + Limits.PushEvery);
        Console.WriteLine(Labels.Pair());
        var a = new Counter();
        var b = new Counter();
        Console.WriteLine($"{a.Name} {b.Name} {Counter.Instances}");
        Console.WriteLine(string.Join(" > ", Trace.Lines));
    }
}
