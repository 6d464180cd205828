using System;
using System.Collections.Generic;

enum State { Idle, Connecting, Connected, Failed }

public static class Program
{
    static string Describe(State s) => s switch
    {
        State.Idle => "waiting",
        State.Connecting or State.Connected => "busy:" + s,
        _ => "error",
    };

    public static void Main()
    {
        var counts = new Dictionary<State, int>();
        State[] seq = { State.Idle, State.Connecting, State.Connected, State.Connected, State.Failed };
        foreach (var s in seq)
        {
            counts[s] = counts.GetValueOrDefault(s) + 1;
            switch (s)
            {
                case State.Idle: Console.WriteLine("idle"); break;
                case State.Failed: Console.WriteLine("failed!"); break;
                default: Console.WriteLine(Describe(s)); break;
            }
        }
        foreach (var kv in counts) Console.WriteLine(kv.Key + " x" + kv.Value);
        State? maybe = null;
        Console.WriteLine(maybe?.ToString() ?? "none");
        maybe = State.Failed;
        Console.WriteLine(maybe);
        Console.WriteLine(nameof(State.Connected));
    }
}
