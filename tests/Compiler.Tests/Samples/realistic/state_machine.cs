using System;
using System.Collections.Generic;

enum PeerState { New, Connecting, Connected, Disconnected, Failed, Closed }
enum PeerEvent { Start, Ice, Drop, Recover, Error, Close }

sealed class PeerMachine
{
    // Keyed by a number, not a tuple: cs2js maps Dictionary to Map, which compares tuple keys by reference (CSX2006).
    private static int Key(PeerState s, PeerEvent e) => (int)s * 16 + (int)e;
    private static readonly Dictionary<int, PeerState> Transitions = new Dictionary<int, PeerState>
    {
        [Key(PeerState.New, PeerEvent.Start)] = PeerState.Connecting,
        [Key(PeerState.Connecting, PeerEvent.Ice)] = PeerState.Connected,
        [Key(PeerState.Connecting, PeerEvent.Error)] = PeerState.Failed,
        [Key(PeerState.Connected, PeerEvent.Drop)] = PeerState.Disconnected,
        [Key(PeerState.Disconnected, PeerEvent.Recover)] = PeerState.Connected,
        [Key(PeerState.Disconnected, PeerEvent.Error)] = PeerState.Failed,
    };

    public PeerState State { get; private set; } = PeerState.New;
    public event Action<PeerState, PeerState>? Changed;
    public int Rejected { get; private set; }

    public bool Fire(PeerEvent e)
    {
        if (e == PeerEvent.Close && State != PeerState.Closed) { Move(PeerState.Closed); return true; }
        if (Transitions.TryGetValue(Key(State, e), out var next)) { Move(next); return true; }
        Rejected++;
        return false;
    }

    private void Move(PeerState next)
    {
        var prev = State;
        State = next;
        Changed?.Invoke(prev, next);
    }
}

public static class Program
{
    public static void Main()
    {
        var m = new PeerMachine();
        m.Changed += (a, b) => Console.WriteLine($"{a} -> {b}");
        PeerEvent[] events = { PeerEvent.Ice, PeerEvent.Start, PeerEvent.Ice, PeerEvent.Drop, PeerEvent.Recover, PeerEvent.Drop, PeerEvent.Error, PeerEvent.Recover, PeerEvent.Close, PeerEvent.Close };
        foreach (var e in events) Console.WriteLine(e + ": " + (m.Fire(e) ? "ok" : "rejected in " + m.State));
        Console.WriteLine("final " + m.State + ", rejected " + m.Rejected);
    }
}
