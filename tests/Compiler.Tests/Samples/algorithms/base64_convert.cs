using System;
using System.Text;

public static class Program
{
    public static void Main()
    {
        var bytes = new byte[] { 0, 1, 2, 250, 255, 128, 64 };
        var b64 = Convert.ToBase64String(bytes);
        Console.WriteLine(b64);
        var back = Convert.FromBase64String(b64);
        Console.WriteLine(string.Join(",", back));
        Console.WriteLine(Convert.ToBase64String(new byte[0]) + "|" + Convert.ToBase64String(new byte[] { 77 }) + "|" + Convert.ToBase64String(new byte[] { 77, 97 }));
        var utf8 = Encoding.UTF8.GetBytes("héllo €");
        Console.WriteLine(utf8.Length + " " + Convert.ToBase64String(utf8));
        Console.WriteLine(Encoding.UTF8.GetString(utf8));
        try { Convert.FromBase64String("!!!"); }
        catch (FormatException) { Console.WriteLine("invalid base64"); }
        Console.WriteLine(Convert.ToString(255, 2) + " " + Convert.ToString(255, 16) + " " + Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("1010", 2));
    }
}
