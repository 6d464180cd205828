using System;
using System.Collections.Generic;
using System.Linq;

interface INamed
{
    string Name { get; }
    string Describe() => $"[{Name}]";
}

interface IPlugin : INamed
{
    int Priority => 0;
    bool Enabled { get; }
    string Run(string input);
    string RunIfEnabled(string input) => Enabled ? Run(input) : input;
    string Summary() => $"{Name} (priority {Priority}{(Enabled ? "" : ", off")})";
}

interface ILogger
{
    void Write(string line);
    void Info(string msg) => Write("INFO " + msg);
    void Warn(string msg) => Write("WARN " + msg);
}

class ConsoleLogger : ILogger
{
    public int Lines { get; private set; }
    public void Write(string line) { Lines++; Console.WriteLine(line); }
    public void Warn(string msg) => Write("WARNING! " + msg);
}

class Upper : IPlugin
{
    public string Name => "upper";
    public bool Enabled => true;
    public string Run(string input) => input.ToUpperInvariant();
}

class Reverse : IPlugin
{
    public string Name => "reverse";
    public int Priority => 5;
    public bool Enabled { get; init; } = true;
    public string Run(string input) => new string(input.Reverse().ToArray());
    public string Describe() => "reverses text";
}

class Trim : IPlugin
{
    public string Name => "trim";
    public int Priority => 10;
    public bool Enabled => true;
    public string Run(string input) => input.Trim();
}

public static class Program
{
    public static void Main()
    {
        ILogger log = new ConsoleLogger();
        var plugins = new List<IPlugin> { new Upper(), new Reverse { Enabled = false }, new Trim(), new Reverse() };
        foreach (var p in plugins.OrderByDescending(p => p.Priority))
            log.Info(p.Summary());
        string text = "  hello plugins ";
        foreach (var p in plugins.OrderByDescending(p => p.Priority))
        {
            var next = p.RunIfEnabled(text);
            if (next == text) log.Warn($"{p.Name} changed nothing");
            text = next;
        }
        log.Info($"result '{text}'");
        INamed named = plugins[0];
        Console.WriteLine(named.Describe());
        Console.WriteLine(((ConsoleLogger)log).Lines);
    }
}
