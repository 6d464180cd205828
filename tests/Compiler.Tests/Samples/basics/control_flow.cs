using System;

namespace Samples.Basics
{
    public static class Program
    {
        public static void Main()
        {
            int sum = 0;
            for (int i = 0; i < 10; i++)
            {
                if (i == 3) continue;
                if (i == 8) break;
                sum += i;
            }
            Console.WriteLine("for: " + sum);
            int n = 0;
            while (n < 5) n += 2;
            Console.WriteLine("while: " + n);
            do { n--; } while (n > 3);
            Console.WriteLine("do: " + n);
            for (int a = 0; a < 3; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    if (b == 2) break;
                    Console.WriteLine($"a={a} b={b}");
                }
            }
            Console.WriteLine(n > 2 ? "big" : "small");
        }
    }
}
