using System;
using System.Collections.Generic;

delegate int BinOp(int a, int b);
delegate void Notify(string msg);

public static class Program
{
    static int Add(int a, int b) => a + b;
    static int Apply(BinOp op, int x, int y) => op(x, y);

    public static void Main()
    {
        Func<int, int> sq = x => x * x;
        Func<int, int, int> mul = (a, b) => a * b;
        Func<string> hello = () => "hello";
        Action<string> print = s => Console.WriteLine("print: " + s);
        Console.WriteLine(sq(7) + " " + mul(3, 4) + " " + hello());
        print("x");
        BinOp add = Add;
        Console.WriteLine(Apply(add, 2, 3) + " " + Apply((a, b) => a - b, 2, 3) + " " + Apply(Math.Max, 2, 3));
        Func<int, Func<int, int>> adder = a => b => a + b;
        Console.WriteLine(adder(10)(5));
        Func<int, int> compose = x => sq(x + 1);
        Console.WriteLine(compose(2));
        Predicate<string> empty = string.IsNullOrEmpty;
        Console.WriteLine(empty("") + " " + empty("a"));
        var ops = new Dictionary<string, Func<double, double, double>>
        {
            ["+"] = (a, b) => a + b, ["/"] = (a, b) => a / b,
        };
        Console.WriteLine(ops["+"](1, 2) + " " + ops["/"](1, 4));
        Notify n = delegate (string m) { Console.WriteLine("anon " + m); };
        n("method");
        Comparison<int> desc = (a, b) => b - a;
        var list = new List<int> { 1, 3, 2 };
        list.Sort(desc);
        Console.WriteLine(string.Join(",", list));
        Func<int, bool> isEven = x => x % 2 == 0;
        Console.WriteLine(isEven(4) + " " + isEven.Invoke(3));
    }
}
