using System;
using System.Collections.Generic;

static class Trace { public static readonly List<string> Lines = new List<string>(); public static int Log(string s, int v) { Lines.Add(s); return v; } }

abstract class Widget
{
    private readonly int baseField = Trace.Log("base field", 1);
    protected Widget()
    {
        Trace.Lines.Add("base ctor body");
        Describe();
    }
    protected abstract void Describe();
}

class Button : Widget
{
    private readonly string caption = "OK";
    private readonly int width = Trace.Log("derived field", 80);
    private readonly List<string> clicks = new List<string>();

    public Button() : base()
    {
        Trace.Lines.Add("derived ctor body");
    }

    protected override void Describe() => Trace.Lines.Add($"describe caption={caption} width={width} clicks={clicks.Count}");
}

class IconButton : Button
{
    private readonly string icon = Trace.Log("leaf field", 0) == 0 ? "star" : "";
    public IconButton() { Trace.Lines.Add("leaf ctor body icon=" + icon); }
}

public static class Program
{
    public static void Main()
    {
        new Button();
        Console.WriteLine(string.Join("\n", Trace.Lines));
        Trace.Lines.Clear();
        Console.WriteLine("--");
        new IconButton();
        Console.WriteLine(string.Join("\n", Trace.Lines));
    }
}
