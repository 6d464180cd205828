using System;

struct Cell
{
    public int Value;
    public bool Visited;
    public override string ToString() => Visited ? $"[{Value}]" : $" {Value} ";
}

struct Pixel
{
    public byte R, G, B;
    public Pixel(byte r, byte g, byte b) { R = r; G = g; B = b; }
    public void Invert() { R = (byte)(255 - R); G = (byte)(255 - G); B = (byte)(255 - B); }
    public readonly int Brightness => (R + G + B) / 3;
}

public static class Program
{
    static void Print(Cell[,] grid)
    {
        for (int r = 0; r < grid.GetLength(0); r++)
        {
            for (int c = 0; c < grid.GetLength(1); c++) Console.Write(grid[r, c]);
            Console.WriteLine();
        }
    }

    public static void Main()
    {
        var grid = new Cell[3, 4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                grid[r, c].Value = r * 4 + c;
        grid[1, 2].Visited = true;
        var copy = grid[1, 2];
        copy.Value = 99;
        Print(grid);
        Console.WriteLine(copy + " " + grid.Length + " " + grid.Rank);
        var image = new Pixel[2, 2];
        image[0, 0] = new Pixel(10, 20, 30);
        image[1, 1] = new Pixel(200, 100, 0);
        image[0, 0].Invert();
        Console.WriteLine(image[0, 0].R + " " + image[0, 0].Brightness + " " + image[1, 1].Brightness);
        int sum = 0;
        foreach (var px in image) sum += px.Brightness;
        Console.WriteLine(sum);
        var cube = new Cell[2, 2, 2];
        cube[1, 1, 1].Value = 7;
        cube[1, 1, 1].Value += 3;
        cube[0, 1, 0].Visited = !cube[0, 1, 0].Visited;
        Console.WriteLine(cube[1, 1, 1] + "" + cube[0, 1, 0] + cube[0, 0, 0]);
        var init = new Pixel[,] { { new Pixel(1, 2, 3), new Pixel(4, 5, 6) } };
        var clone = (Pixel[,])init.Clone();
        clone[0, 1].Invert();
        Console.WriteLine(init[0, 1].R + " " + clone[0, 1].R);
        try { Console.WriteLine(grid[3, 0]); } catch (IndexOutOfRangeException) { Console.WriteLine("out of range"); }
    }
}
