using System;

public partial class Outer
{
    private int secret = 5;
    public class Inner
    {
        public int Peek(Outer o) => o.secret * 2;
    }
    private static class Helper
    {
        public static string Tag() => "helper";
    }
    public string UseHelper() => Helper.Tag();
}

public partial class Outer
{
    public int Secret => secret;
}

public static class Program
{
    public static void Main()
    {
        var o = new Outer();
        var i = new Outer.Inner();
        Console.WriteLine(i.Peek(o));
        Console.WriteLine(o.Secret);
        Console.WriteLine(o.UseHelper());
    }
}
