using System;
using System.Collections.Generic;

public enum CallState { Idle, Ringing, Connected, OnHold, Ended }
public enum Trigger { Incoming, Answer, Hold, Resume, HangUp, Timeout }

public sealed class StateMachine
{
    private readonly Dictionary<(CallState, Trigger), CallState> table = new();
    private readonly Dictionary<CallState, Action> onEnter = new();
    public CallState State { get; private set; } = CallState.Idle;
    public List<string> History { get; } = new();

    public StateMachine Permit(CallState from, Trigger t, CallState to) { table.Add((from, t), to); return this; }
    public StateMachine OnEnter(CallState s, Action a) { onEnter[s] = a; return this; }

    public bool Fire(Trigger t)
    {
        if (!table.TryGetValue((State, t), out var next))
        {
            History.Add($"{State} ignores {t}");
            return false;
        }
        History.Add($"{State} --{t}--> {next}");
        State = next;
        if (onEnter.TryGetValue(next, out var a)) a();
        return true;
    }
}

public static class Program
{
    public static void Main()
    {
        int connects = 0;
        var sm = new StateMachine()
            .Permit(CallState.Idle, Trigger.Incoming, CallState.Ringing)
            .Permit(CallState.Ringing, Trigger.Answer, CallState.Connected)
            .Permit(CallState.Ringing, Trigger.Timeout, CallState.Ended)
            .Permit(CallState.Connected, Trigger.Hold, CallState.OnHold)
            .Permit(CallState.OnHold, Trigger.Resume, CallState.Connected)
            .Permit(CallState.Connected, Trigger.HangUp, CallState.Ended)
            .Permit(CallState.OnHold, Trigger.HangUp, CallState.Ended)
            .OnEnter(CallState.Connected, () => connects++);
        foreach (var t in new[] { Trigger.Answer, Trigger.Incoming, Trigger.Answer, Trigger.Hold, Trigger.Hold, Trigger.Resume, Trigger.HangUp, Trigger.Resume })
            sm.Fire(t);
        Console.WriteLine(string.Join("\n", sm.History));
        Console.WriteLine($"final {sm.State}, connected {connects} times");
        try { sm.Permit(CallState.Idle, Trigger.Incoming, CallState.Ended); }
        catch (ArgumentException) { Console.WriteLine("duplicate transition refused"); }
    }
}
