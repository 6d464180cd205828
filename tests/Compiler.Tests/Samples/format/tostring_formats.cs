using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(255.ToString("X2") + " " + 10.ToString("x") + " " + 7.ToString("D3"));
        Console.WriteLine(1234.5678.ToString("F2") + " " + 1234.5678.ToString("N2") + " " + 0.5.ToString("P0"));
        Console.WriteLine(123456789L.ToString("N0") + " " + (-42L).ToString());
        Console.WriteLine(2.5.ToString("F0") + " " + 0.125.ToString("F2") + " " + 1.005.ToString("F2"));
        Console.WriteLine(1.0.ToString() + " " + 1.5.ToString("G") + " " + 100.0.ToString("E3"));
        Console.WriteLine(0.0001.ToString() + " " + 123.456.ToString("G4"));
        Console.WriteLine(int.MaxValue.ToString("N0") + " " + int.MinValue);
        Console.WriteLine((-1).ToString("X") + " " + (-1).ToString("x8"));
        Console.WriteLine(3.ToString("F2") + " " + 3.ToString("N1") + " " + 12.ToString("P"));
        Console.WriteLine(0.ToString("D5") + " " + 5.ToString("00.0"));
    }
}
