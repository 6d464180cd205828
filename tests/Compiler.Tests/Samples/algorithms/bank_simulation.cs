using System;
using System.Collections.Generic;
using System.Linq;

class InsufficientFundsException : Exception
{
    public InsufficientFundsException(string acct, long needed) : base($"account {acct} lacks {needed} cents") { }
}

class Account
{
    public string Id { get; }
    public long Cents { get; private set; }
    private readonly List<string> history = new List<string>();
    public IReadOnlyList<string> History => history;
    public Account(string id, long cents) { Id = id; Cents = cents; }
    public void Withdraw(long c) { if (c > Cents) throw new InsufficientFundsException(Id, c - Cents); Cents -= c; history.Add("-" + c); }
    public void Deposit(long c) { if (c <= 0) throw new ArgumentOutOfRangeException(nameof(c), "must be positive"); Cents += c; history.Add("+" + c); }
}

static class Bank
{
    public static bool Transfer(Account from, Account to, long cents)
    {
        try { from.Withdraw(cents); to.Deposit(cents); return true; }
        catch (InsufficientFundsException e) { Console.WriteLine("declined: " + e.Message); return false; }
    }
    public static string Money(long cents) => (cents < 0 ? "-" : "") + "$" + (Math.Abs(cents) / 100).ToString("N0") + "." + (Math.Abs(cents) % 100).ToString("D2");
}

public static class Program
{
    public static void Main()
    {
        var a = new Account("A", 100_00);
        var b = new Account("B", 5_50);
        Console.WriteLine(Bank.Transfer(a, b, 25_25));
        Console.WriteLine(Bank.Transfer(b, a, 100_00));
        Console.WriteLine(Bank.Transfer(b, a, 30_75));
        try { a.Deposit(0); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " " + e.Message); }
        foreach (var acct in new[] { a, b }) Console.WriteLine(acct.Id + " " + Bank.Money(acct.Cents) + " [" + string.Join(" ", acct.History) + "]");
        Console.WriteLine(Bank.Money(123_456_789) + " " + Bank.Money(-5));
        Console.WriteLine("total " + Bank.Money(new[] { a, b }.Sum(x => x.Cents)));
    }
}
