using System;
using System.Linq;
using System.Text;

public static class Program
{
    public static void Main()
    {
        var data = Encoding.UTF8.GetBytes("Hello, cs2js! é");
        for (int off = 0; off < data.Length; off += 8)
        {
            var chunk = data.Skip(off).Take(8).ToArray();
            var ascii = new string(chunk.Select(b => b is >= 32 and < 127 ? (char)b : '.').ToArray());
            Console.WriteLine($"{off:X4}  {Convert.ToHexString(chunk),-16}  {ascii}");
        }
        Console.WriteLine(Convert.ToHexStringLower(new byte[] { 0, 15, 16, 255 }) + " " + Convert.ToHexString(new byte[0]).Length);
        Console.WriteLine(Convert.ToBase64String(data) + " " + BitConverter.ToString(new byte[] { 1, 171 }));
    }
}
