using System;
using System.Collections.Generic;
using System.Threading.Tasks;

abstract record Message(string Type);
sealed record GetStats(string PeerId) : Message("getStats");
sealed record SetConfig(string Key, string Value) : Message("setConfig");
sealed record Ping() : Message("ping");
sealed record Unknown(string Raw) : Message("unknown");

sealed class Router
{
    private readonly Dictionary<string, string> config = new Dictionary<string, string>();
    private int pings;

    public async Task<string> HandleAsync(Message m)
    {
        switch (m)
        {
            case GetStats { PeerId: "" }:
                throw new ArgumentException("peer id is empty");
            case GetStats g:
                await Task.Delay(10);
                return $"stats for {g.PeerId}: {g.PeerId.Length * 100} bytes";
            case SetConfig { Key: var k, Value: var v } when k.StartsWith("push."):
                config[k] = v;
                return $"set {k}={v} ({config.Count} keys)";
            case SetConfig s:
                return "refused key " + s.Key;
            case Ping:
                return "pong #" + ++pings;
            default:
                throw new NotSupportedException("no handler for " + m.Type);
        }
    }
}

public static class Program
{
    public static async Task Main()
    {
        var r = new Router();
        Message[] inbox = { new Ping(), new GetStats("pc1"), new SetConfig("push.url", "https://x"), new SetConfig("debug", "1"), new GetStats(""), new Unknown("??"), new Ping() };
        foreach (var m in inbox)
        {
            try { Console.WriteLine(m + " -> " + await r.HandleAsync(m)); }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException) { Console.WriteLine(m + " -> " + e.GetType().Name + ": " + e.Message); }
        }
    }
}
