using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(string.Format("{0} + {1} = {2}", 1, 2, 3));
        Console.WriteLine(string.Format("{0,5}|{0,-5}|{1:F1}", 42, 3.14159));
        Console.WriteLine(string.Format("{{literal}} {0}", "x"));
        Console.WriteLine(string.Format("{0:D3} {1:X4} {2:x} {3:N2}", 7, 255, 255, 1234567.891));
        Console.WriteLine(string.Format("{1}{0}{1}", "a", "b"));
        Console.WriteLine(string.Format("{0:P0} {1:E2}", 0.256, 12345.678));
        Console.WriteLine(string.Format("[{0,8:F3}]", -2.5));
        Console.WriteLine(string.Format("{0} {1}", null, true));
        try { string.Format("{1}", "only one"); }
        catch (FormatException) { Console.WriteLine("format exception"); }
    }
}
