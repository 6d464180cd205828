using System;
using System.Collections.Generic;

// Shapes release printing writes shorter: one-statement bodies without braces (an `else` after an
// inner `if` with none keeps them), adjacent declarations merged (closures in loops capture their own).
public static class Program
{
    static string Classify(int a, int b)
    {
        if (a > 0)
        {
            if (b > 0) return "both";
        }
        else return "a not positive";
        if (a > 10)
        {
            for (int i = 0; i < b; i++)
                if (i == 3) return "three in loop";
        }
        else if (b < 0) { return "b negative"; }
        if (a > 5)
        {
            if (b > 5) return "big b"; else return "small b";
        }
        else { return "small a"; }
    }

    static int Switched(int n)
    {
        int found = -1;
        for (int i = 0; i < n; i++)
        {
            switch (i)
            {
                case 1: continue;
                case 3: found = i; break;
                default: if (i > 3) return found * 10 + i; break;
            }
        }
        return found;
    }

    public static void Main()
    {
        Console.WriteLine(Classify(1, 1));
        Console.WriteLine(Classify(1, -1));
        Console.WriteLine(Classify(-1, 1));
        Console.WriteLine(Classify(11, 5));
        Console.WriteLine(Classify(11, -2));
        Console.WriteLine(Classify(11, 2));
        Console.WriteLine(Classify(6, 6));
        Console.WriteLine(Classify(6, 1));
        Console.WriteLine(Switched(5));

        var actions = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            int a = i * 2;
            int b = a + 1;
            string c = "c" + b;
            actions.Add(() => a + "/" + b + "/" + c);
        }
        foreach (var act in actions) Console.WriteLine(act());

        int x = 1;
        int y = x + 1;
        Func<int> f = () => x + y;
        x = 10;
        Console.WriteLine(f());

        int k = 0;
        do k++; while (k < 5);
        while (k > 2) k--;
        Console.WriteLine(k);
        if (k == 2) { } else Console.WriteLine("never");
        if (k == 2) { { Console.WriteLine("nested block"); } }
    }
}
