using System;
using System.Text;

public static class Program
{
    public static void Main()
    {
        char c = 'a';
        c++;
        Console.WriteLine(c);
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine("" + c + 'z');
        Console.WriteLine(c.ToString() + char.ToUpper(c) + char.ToLower('Q'));
        Console.WriteLine('z' - 'a');
        Console.WriteLine(c == 'b');
        Console.WriteLine(char.IsDigit('7') + " " + char.IsDigit('x') + " " + char.IsLetter('x') + " " + char.IsLetter('1'));
        Console.WriteLine(char.IsWhiteSpace(' ') + " " + char.IsWhiteSpace('\t') + " " + char.IsUpper('A') + " " + char.IsLower('A'));
        Console.WriteLine(char.IsLetterOrDigit('_') + " " + char.IsPunctuation('!'));
        var sb = new StringBuilder();
        for (char x = 'a'; x <= 'e'; x++) sb.Append(x);
        Console.WriteLine(sb);
        Console.WriteLine(new string(new[] { 'h', 'i' }));
        int digit = '7' - '0';
        Console.WriteLine(digit * 2);
        Console.WriteLine(char.GetNumericValue('8'));
        char[] arr = "hello".ToCharArray();
        Array.Reverse(arr);
        Console.WriteLine(new string(arr));
        Console.WriteLine((int)'€' + " " + '\u0041' + " " + (char)0x263A);
        Console.WriteLine(string.Join(",", "a1b2".ToCharArray()));
        object o = 'q';
        Console.WriteLine(o);
    }
}
