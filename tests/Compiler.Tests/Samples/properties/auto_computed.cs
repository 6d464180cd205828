using System;

class Account
{
    private double balance;
    public string Owner { get; set; } = "";
    public int Id { get; private set; }
    public double Balance
    {
        get => balance;
        set { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "negative"); balance = value; }
    }
    public bool IsRich => balance > 1000;
    public string Label { get { return Owner + "#" + Id; } }
    private static int next = 100;
    public Account() { Id = next++; }
}

public static class Program
{
    public static void Main()
    {
        var a = new Account { Owner = "ann", Balance = 50 };
        var b = new Account { Owner = "bob" };
        b.Balance += 2000;
        Console.WriteLine(a.Label + " " + a.Balance + " " + a.IsRich);
        Console.WriteLine(b.Label + " " + b.Balance + " " + b.IsRich);
        try { a.Balance = -1; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("rejected: " + e.ParamName); }
        Console.WriteLine(a.Balance);
    }
}
