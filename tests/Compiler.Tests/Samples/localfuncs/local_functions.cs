using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Console.WriteLine(Fact(10));

        int calls = 0;
        int Count() { calls++; return calls; }
        Count(); Count();
        Console.WriteLine(calls);

        static int Square(int x) => x * x;
        Console.WriteLine(Square(9));

        var memo = new Dictionary<int, long>();
        long Fib(int n)
        {
            if (n < 2) return n;
            if (memo.TryGetValue(n, out var v)) return v;
            var r = Fib(n - 1) + Fib(n - 2);
            memo[n] = r;
            return r;
        }
        Console.WriteLine(Fib(70));

        Console.WriteLine(Later(3));
        int Later(int x) => x + calls;

        IEnumerable<int> Evens(int max) { for (int i = 0; i <= max; i += 2) yield return i; }
        Console.WriteLine(string.Join(",", Evens(8)));

        void Walk(int depth, string path)
        {
            if (depth == 0) { Console.WriteLine(path); return; }
            Walk(depth - 1, path + "L");
            Walk(depth - 1, path + "R");
        }
        Walk(2, "");
    }
}
