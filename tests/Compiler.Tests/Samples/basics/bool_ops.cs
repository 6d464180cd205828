using System;

public static class Program
{
    static int calls;
    static bool T(string n) { calls++; Console.WriteLine("T" + n); return true; }
    static bool F(string n) { calls++; Console.WriteLine("F" + n); return false; }

    public static void Main()
    {
        Console.WriteLine(F("1") && T("2"));
        Console.WriteLine(T("3") || F("4"));
        Console.WriteLine(F("5") & T("6"));
        Console.WriteLine(T("7") | F("8"));
        Console.WriteLine(T("9") ^ T("10"));
        Console.WriteLine(!true);
        Console.WriteLine(calls);
        bool b = true;
        Console.WriteLine(b.ToString());
        Console.WriteLine(false.ToString() + "|" + bool.Parse("TRUE") + "|" + bool.TrueString);
        Console.WriteLine(bool.TryParse("nope", out var r) + " " + r);
    }
}
