using System;

public static class Program
{
    static bool[,] Step(bool[,] g)
    {
        int h = g.GetLength(0), w = g.GetLength(1);
        var next = new bool[h, w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int live = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if ((dy != 0 || dx != 0) && g[(y + dy + h) % h, (x + dx + w) % w]) live++;
                next[y, x] = live == 3 || live == 2 && g[y, x];
            }
        return next;
    }

    static void Show(bool[,] g, int gen)
    {
        Console.WriteLine("gen " + gen);
        for (int y = 0; y < g.GetLength(0); y++)
        {
            var row = new char[g.GetLength(1)];
            for (int x = 0; x < row.Length; x++) row[x] = g[y, x] ? '#' : '.';
            Console.WriteLine(new string(row));
        }
    }

    public static void Main()
    {
        var g = new bool[6, 6];
        foreach (var (y, x) in new[] { (0, 1), (1, 2), (2, 0), (2, 1), (2, 2) }) g[y, x] = true;
        for (int gen = 0; gen < 4; gen++) { Show(g, gen); g = Step(g); }
        int alive = 0;
        foreach (var cell in g) if (cell) alive++;
        Console.WriteLine("alive " + alive);

        var cube = new int[2, 3, 4];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i, j, k] = i * 100 + j * 10 + k;
        Console.WriteLine(cube[1, 2, 3] + " " + cube.Length + " " + cube.Rank + " " + cube.GetLength(2));
        Console.WriteLine(string.Join(",", System.Linq.Enumerable.Take(System.Linq.Enumerable.Cast<int>(cube), 6)));
        var names = new string[2, 2] { { "a", null! }, { "c", "d" } };
        Console.WriteLine(string.Join("|", System.Linq.Enumerable.Cast<string>(names)));
    }
}
