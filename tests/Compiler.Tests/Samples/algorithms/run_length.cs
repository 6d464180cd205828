using System;
using System.Text;

public static class Program
{
    static string Encode(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length;)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(j - i).Append(s[i]);
            i = j;
        }
        return sb.ToString();
    }

    static string Decode(string s)
    {
        var sb = new StringBuilder();
        int count = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c)) count = count * 10 + (c - '0');
            else { sb.Append(c, count); count = 0; }
        }
        return sb.ToString();
    }

    public static void Main()
    {
        foreach (var s in new[] { "aaabccdddd", "", "abc", "zzzzzzzzzzzz" })
        {
            var e = Encode(s);
            Console.WriteLine($"'{s}' -> '{e}' -> '{Decode(e)}'");
        }
    }
}
