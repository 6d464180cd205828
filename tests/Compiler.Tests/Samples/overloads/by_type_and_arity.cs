using System;

static class P
{
    public static string F(int x) => "int " + x;
    public static string F(long x) => "long " + x;
    public static string F(double x) => "double " + x;
    public static string F(string x) => "string " + x;
    public static string F(object x) => "object " + x;
    public static string F(int x, int y) => "int,int " + (x + y);
    public static string F(string x, int y) => "string,int " + x + y;
    public static string F() => "none";
    public static string G(char c) => "char " + c;
    public static string G(int i) => "int " + i;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(P.F(1));
        Console.WriteLine(P.F(1L));
        Console.WriteLine(P.F(1.5));
        Console.WriteLine(P.F(2.0f));
        Console.WriteLine(P.F("s"));
        Console.WriteLine(P.F(true));
        Console.WriteLine(P.F(1, 2));
        Console.WriteLine(P.F("a", 2));
        Console.WriteLine(P.F());
        Console.WriteLine(P.G('x'));
        Console.WriteLine(P.G('x' + 1));
        byte b = 7;
        Console.WriteLine(P.F(b));
    }
}
