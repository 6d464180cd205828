using System;

class Base
{
    public int Value = 1;
    public string Label = "base";
    public int GetBaseValue() => Value;
}

class Derived : Base
{
    public new int Value = 2;
    public new string Label = "derived";
    public int GetDerivedValue() => Value;
    public int Sum() => Value + base.Value;
}

class Leaf : Derived
{
    public new double Value = 3.5;
    public string All() => $"{Value} {((Derived)this).Value} {((Base)this).Value}";
}

public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        d.Value = 20;
        ((Base)d).Value = 10;
        Console.WriteLine(d.Value + " " + ((Base)d).Value + " " + d.GetBaseValue() + " " + d.GetDerivedValue() + " " + d.Sum());
        Console.WriteLine(d.Label + " " + ((Base)d).Label);
        var leaf = new Leaf();
        Console.WriteLine(leaf.All());
        leaf.Value = 9.25;
        Console.WriteLine(leaf.All() + " " + leaf.Sum());
    }
}
