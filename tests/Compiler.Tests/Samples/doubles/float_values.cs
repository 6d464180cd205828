using System;

public static class Program
{
    public static void Main()
    {
        float f = 0.1f;
        Console.WriteLine(f);
        Console.WriteLine(f * 3);
        Console.WriteLine(1.0f / 3);
        Console.WriteLine((double)0.1f);
        Console.WriteLine(16777217f);
        Console.WriteLine(float.MaxValue);
        Console.WriteLine(3.4e38f * 10);
        float g = 2.5f;
        g += 0.1f;
        Console.WriteLine(g);
        Console.WriteLine((float)Math.PI);
        Console.WriteLine($"{1.1f:F3} {(int)7.9f} {(int)-7.9f}");
    }
}
