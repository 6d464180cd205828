using System;
using System.Collections.Generic;

// A plugin registry whose plugins register themselves from static constructors: registration happens
// on first use of each plugin type, not at start-up, and a plugin whose static setup fails keeps failing.
static class Registry
{
    private static readonly Dictionary<string, Func<string, string>> exporters = new Dictionary<string, Func<string, string>>();
    static Registry() { Console.WriteLine("registry ready"); }
    public static void Register(string name, Func<string, string> f) { exporters[name] = f; Console.WriteLine($"registered {name} ({exporters.Count})"); }
    public static string Export(string name, string payload) => exporters.TryGetValue(name, out var f) ? f(payload) : $"no exporter '{name}'";
}

sealed class PrometheusExporter
{
    public static readonly string ContentType;
    static PrometheusExporter()
    {
        ContentType = "text/plain; version=0.0.4";
        Registry.Register("prometheus", p => "# TYPE " + p);
    }
    public static void Ensure() { }
}

sealed class InfluxExporter
{
    private static int created;
    static InfluxExporter() { Registry.Register("influx", p => p.Replace(' ', ',')); }
    public InfluxExporter() { created++; }
    public static int Created => created;
}

sealed class BrokenExporter
{
    private static readonly string Endpoint = Resolve();
    static BrokenExporter() { Console.WriteLine("never printed"); }
    static string Resolve() => throw new InvalidOperationException("no endpoint configured");
    public static string Describe() => "broken at " + Endpoint;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Registry.Export("prometheus", "rtt gauge"));
        PrometheusExporter.Ensure();
        Console.WriteLine(Registry.Export("prometheus", "rtt gauge"));
        Console.WriteLine("content type " + PrometheusExporter.ContentType);
        _ = new InfluxExporter();
        _ = new InfluxExporter();
        Console.WriteLine($"{Registry.Export("influx", "a b c")} created {InfluxExporter.Created}");
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine(BrokenExporter.Describe()); }
            catch (TypeInitializationException e)
            {
                Console.WriteLine($"{e.GetType().Name}: {e.Message} inner={e.InnerException?.GetType().Name}: {e.InnerException?.Message} type={e.TypeName}");
            }
        }
        Console.WriteLine("end");
    }
}
