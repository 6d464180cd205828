using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var log = new List<string>();
        int depth = 0;
        void Enter(string name) { depth++; log.Add(new string(' ', depth * 2) + "enter " + name); }
        void Exit() { depth--; }
        Enter("a"); Enter("b"); Exit(); Enter("c"); Exit(); Exit();
        foreach (var l in log) Console.WriteLine(l);
        Console.WriteLine("depth " + depth);

        int total = 0;
        Action<int> add = Add;
        void Add(int x) => total += x;
        add(5); Add(7);
        Console.WriteLine(total);

        int Ackermann(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ackermann(m - 1, 1) : Ackermann(m - 1, Ackermann(m, n - 1));
        Console.WriteLine(Ackermann(2, 3));
    }
}
