using System;

public static class Program
{
    public static void Main()
    {
        int x = 10;
        x += 5; Console.WriteLine(x);
        x -= 3; Console.WriteLine(x);
        x *= 4; Console.WriteLine(x);
        x /= 5; Console.WriteLine(x);
        x %= 4; Console.WriteLine(x);
        x <<= 3; Console.WriteLine(x);
        x >>= 1; Console.WriteLine(x);
        x |= 1; Console.WriteLine(x);
        x &= 6; Console.WriteLine(x);
        x ^= 15; Console.WriteLine(x);
        int y = x++ + ++x;
        Console.WriteLine(x + " " + y);
        int z = x-- - --x;
        Console.WriteLine(x + " " + z);
        string s = "a";
        s += "b"; s += 1;
        Console.WriteLine(s);
        double d = 1;
        d /= 3;
        Console.WriteLine(d);
        int[] arr = { 1, 2 };
        arr[1] += 10;
        arr[0]++;
        Console.WriteLine(arr[0] + "," + arr[1]);
    }
}
