using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static void Shuffle<T>(IList<T> list, Random rng)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    public static void Main()
    {
        var rng = new Random(2024);
        var deck = Enumerable.Range(1, 13).ToList();
        Shuffle(deck, rng);
        Console.WriteLine(string.Join(" ", deck));
        var agents = new[] { "ana", "bo", "cy", "dee", "eli" };
        var picks = Enumerable.Range(0, 8).Select(_ => agents[rng.Next(agents.Length)]);
        Console.WriteLine(string.Join(",", picks));
        var arr = Enumerable.Range(0, 10).ToArray();
        new Random(7).Shuffle(arr);
        Console.WriteLine(string.Join(",", arr));
        Console.WriteLine(string.Join(",", new Random(7).GetItems(new[] { 'a', 'b', 'c' }, 6)));
    }
}
