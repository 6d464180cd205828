using System;

abstract class Metric
{
    public abstract string Name { get; }
    public virtual string Unit => "";
    public virtual string Help { get; set; } = "no help";
    public string Full => Name + (Unit.Length > 0 ? "_" + Unit : "");
}

class Bytes : Metric
{
    public override string Name => "rtc_bytes";
    public override string Unit => "total";
}

class Rtt : Metric
{
    private string help = "round trip";
    public override string Name => "rtc_rtt";
    public override string Help { get => "[" + help + "]"; set => help = value.ToUpperInvariant(); }
}

public static class Program
{
    public static void Main()
    {
        Metric[] ms = { new Bytes(), new Rtt() };
        foreach (var m in ms) Console.WriteLine(m.Full + " :: " + m.Help);
        ms[1].Help = "seconds";
        ms[0].Help = "bytes sent";
        foreach (var m in ms) Console.WriteLine(m.Full + " :: " + m.Help);
    }
}
