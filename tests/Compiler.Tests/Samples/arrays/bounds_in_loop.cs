using System;

// for (int i = 0; i < a.Length; i++) over an array the loop leaves alone: a[i] cannot be out of bounds.
// The other loops change the array variable or the index, or let a lambda change them, so their checks stay.
static class Program
{
    static int Sum(int[] xs)
    {
        int s = 0;
        for (int i = 0; i < xs.Length; i++) s += xs[i];
        return s;
    }

    static void Doubled(int[] xs)
    {
        for (int i = 1; i < xs.Length; i++) xs[i] = xs[i] * 2 + xs[i - 1];
    }

    static void Try(string name, Action a)
    {
        try { a(); Console.WriteLine(name + ": ok"); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(name + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        var a = new[] { 3, 1, 4, 1, 5, 9, 2, 6 };
        Console.WriteLine(Sum(a));
        Doubled(a);
        Console.WriteLine(string.Join(",", a));

        var names = new[] { "x", "yy", "zzz" };
        var text = "";
        for (int i = 0; i < names.Length; i++)
            for (int j = 0; j < a.Length; j++)
                if (a[j] % 7 == names[i].Length) text += names[i] + a[j] + ";";
        Console.WriteLine(text);

        Try("shrunk", () =>
        {
            var b = new[] { 1, 2, 3, 4 };
            int s = 0;
            for (int i = 0; i < b.Length; i++) { s += b[i]; if (i == 1) b = new[] { 7 }; }
            Console.WriteLine(s);
        });
        Try("stepped", () =>
        {
            var b = new[] { 1, 2, 3 };
            for (int i = 0; i < b.Length; i++) { Console.WriteLine(b[i]); i++; Console.WriteLine(b[i]); }
        });
        Try("captured", () =>
        {
            var b = new[] { 1, 2, 3 };
            Action shrink = () => b = new int[1];
            for (int i = 0; i < b.Length; i++) { Console.WriteLine(b[i]); shrink(); }
        });
        Try("by ref", () =>
        {
            var b = new[] { 5, 6, 7 };
            for (int i = 0; i < b.Length; i++) { Console.WriteLine(b[i]); Cut(ref b); }
        });
        Try("one past", () =>
        {
            var b = new[] { 1, 2 };
            for (int i = 0; i <= b.Length; i++) Console.WriteLine(b[i]);
        });
    }

    static void Cut(ref int[] b) => b = Array.Empty<int>();
}
