using System;

static class App
{
    static int Main()
    {
        int failures = 0;
        foreach (var input in new[] { "12", "x", "7" })
        {
            if (int.TryParse(input, out var n)) Console.WriteLine($"{input} -> {n * n}");
            else { Console.WriteLine($"{input} -> invalid"); failures++; }
        }
        Console.WriteLine("failures: " + failures);
        return failures;
    }
}
