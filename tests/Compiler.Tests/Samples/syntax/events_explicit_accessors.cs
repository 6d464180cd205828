using System;
using System.Collections.Generic;

sealed class Sensor
{
    private readonly List<EventHandler<double>> handlers = new List<EventHandler<double>>();
    private EventHandler? changed;

    public event EventHandler<double> Reading
    {
        add { handlers.Add(value); Console.WriteLine("subscribed (" + handlers.Count + ")"); }
        remove { handlers.Remove(value); Console.WriteLine("unsubscribed (" + handlers.Count + ")"); }
    }

    public event EventHandler Changed
    {
        add => changed += value;
        remove => changed -= value;
    }

    public void Publish(double v)
    {
        foreach (var h in handlers.ToArray()) h(this, v);
        changed?.Invoke(this, EventArgs.Empty);
    }
}

public static class Program
{
    public static void Main()
    {
        var s = new Sensor();
        EventHandler<double> print = (_, v) => Console.WriteLine("reading " + v);
        EventHandler<double> alarm = (_, v) => { if (v > 30) Console.WriteLine("ALARM " + v); };
        s.Reading += print;
        s.Reading += alarm;
        int changes = 0;
        s.Changed += (_, _) => changes++;
        s.Publish(21.5);
        s.Publish(35);
        s.Reading -= print;
        s.Publish(40);
        Console.WriteLine("changes " + changes);
    }
}
