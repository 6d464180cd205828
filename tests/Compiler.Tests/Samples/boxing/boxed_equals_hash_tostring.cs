using System;
using System.Collections.Generic;

public enum Mode { Off = 0, On = 1, Auto = 2 }

public static class Program
{
    public static void Main()
    {
        object a = 42, b = 42, c = 42L, d = 42.0;
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + a.Equals(d) + " " + c.Equals(42L));
        Console.WriteLine(a == b);
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a.ToString() + " " + c.ToString() + " " + d.ToString() + " " + ((object)0.1f).ToString());
        object m = Mode.Auto;
        Console.WriteLine(m.ToString() + " " + m.Equals(Mode.Auto) + " " + m.Equals(2) + " " + m.GetHashCode());
        object ch = 'q';
        Console.WriteLine(ch + "|" + ch.Equals('q') + "|" + ch.Equals("q"));
        object t = true;
        Console.WriteLine(t + " " + t.Equals(true) + " " + t.GetHashCode());
        var list = new List<object> { 1, "1", 1L, 1.0, Mode.On, '1', true };
        Console.WriteLine(string.Join(", ", list));
        Console.WriteLine(list.IndexOf(1L) + " " + list.IndexOf(Mode.On) + " " + list.IndexOf(1.0) + " " + list.Contains('1') + " " + list.Contains(2));
        Console.WriteLine(Equals(a, b) + " " + Equals(a, c) + " " + object.Equals(null, null));
        Console.WriteLine(((object)5).GetType().Name + " " + m.GetType().Name + " " + ch.GetType().FullName + " " + d.GetType().Name);
    }
}
