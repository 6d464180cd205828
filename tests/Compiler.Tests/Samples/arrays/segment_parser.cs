using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    // A length-prefixed frame parser over one shared buffer: each frame is a window, no copies.
    static List<ArraySegment<byte>> Frames(byte[] buffer)
    {
        var frames = new List<ArraySegment<byte>>();
        int at = 0;
        while (at < buffer.Length)
        {
            int len = buffer[at];
            if (at + 1 + len > buffer.Length) throw new FormatException($"frame at {at} wants {len} bytes");
            frames.Add(new ArraySegment<byte>(buffer, at + 1, len));
            at += 1 + len;
        }
        return frames;
    }

    static int Checksum(IReadOnlyList<byte> bytes)
    {
        int sum = 0;
        for (int i = 0; i < bytes.Count; i++) sum = (sum * 31 + bytes[i]) % 65521;
        return sum;
    }

    public static void Main()
    {
        var buffer = new byte[] { 3, 10, 20, 30, 0, 2, 7, 8, 4, 1, 2, 3, 4 };
        var frames = Frames(buffer);
        foreach (var f in frames) Console.WriteLine($"@{f.Offset} len {f.Count}: [{string.Join(" ", f)}] sum {f.Sum(b => b)} ck {Checksum(f)}");
        var last = frames[^1];
        last[0] = 99;
        Console.WriteLine(buffer[9] + " " + last.Array == null);
        Console.WriteLine(string.Join(",", last.Slice(2).ToArray()) + " " + last.Slice(1, 2).Offset);
        var whole = new ArraySegment<byte>(buffer);
        Console.WriteLine(whole.Count + " " + whole.Offset + " " + whole.Skip(1).Take(3).Sum(b => b));
        try { Frames(new byte[] { 5, 1, 2 }); }
        catch (FormatException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(last.Slice(3, 5).Count); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        IList<byte> list = frames[0];
        Console.WriteLine(list.IndexOf(20) + " " + list.Contains(30) + " " + list[2] + " " + list.Count);
    }
}
