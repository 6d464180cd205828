using System;

public static class Program
{
    static string Temp(double t) => t switch
    {
        < -273.15 => "impossible",
        < 0 => "freezing",
        >= 0 and < 15 => "cold",
        >= 15 and < 25 => "mild",
        _ => "hot",
    };

    static bool IsLetterOrUnderscore(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static void Main()
    {
        foreach (var t in new[] { -300, -5, 0, 14.9, 15, 30 }) Console.WriteLine(t + " " + Temp(t));
        foreach (var c in "aZ_1 ") Console.Write(IsLetterOrUnderscore(c) ? "Y" : "N");
        Console.WriteLine();
        int? n = 5;
        Console.WriteLine(n is > 3 and < 10);
        Console.WriteLine(n is not null);
        n = null;
        Console.WriteLine(n is null);
        Console.WriteLine(n is not (> 0));
        string s = "abc";
        Console.WriteLine(s is { Length: > 2 } and not "xyz");
    }
}
