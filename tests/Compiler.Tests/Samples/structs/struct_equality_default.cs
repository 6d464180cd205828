using System;
using System.Collections.Generic;

struct Key
{
    public int Id;
    public string Region;
    public Key(int id, string region) { Id = id; Region = region; }
}

struct Wrapper
{
    public double D;
}

public static class Program
{
    public static void Main()
    {
        var a = new Key(1, "eu");
        var b = new Key(1, "eu");
        var c = new Key(2, "eu");
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + a.Equals((object)b) + " " + a.Equals("x"));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a.ToString());
        var dict = new Dictionary<Key, string> { [a] = "first" };
        dict[b] = "second";
        dict[c] = "third";
        Console.WriteLine(dict.Count + " " + dict[new Key(1, "eu")]);
        Console.WriteLine(EqualityComparer<Key>.Default.Equals(a, b));
        var nan1 = new Wrapper { D = double.NaN };
        var nan2 = new Wrapper { D = double.NaN };
        Console.WriteLine(nan1.Equals(nan2));
        var z1 = new Wrapper { D = 0.0 };
        var z2 = new Wrapper { D = -0.0 };
        Console.WriteLine(z1.D == z2.D);
        Console.WriteLine(new Key().Equals(default(Key)) + " " + (new Key().Region == null));
    }
}
