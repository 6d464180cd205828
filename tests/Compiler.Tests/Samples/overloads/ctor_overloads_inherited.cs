using System;

class Msg
{
    public string Text; public int Level;
    public Msg() : this("empty") { }
    public Msg(string text) : this(text, 1) { }
    public Msg(string text, int level) { Text = text; Level = level; }
    public virtual string Render() => $"[{Level}] {Text}";
    public string Render(string prefix) => prefix + Render();
}

class LoudMsg : Msg
{
    public LoudMsg(string t) : base(t.ToUpperInvariant(), 9) { }
    public override string Render() => base.Render() + "!";
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Msg().Render());
        Console.WriteLine(new Msg("hi").Render());
        Console.WriteLine(new Msg("yo", 3).Render(">> "));
        Msg m = new LoudMsg("stop");
        Console.WriteLine(m.Render());
        Console.WriteLine(m.Render("# "));
    }
}
