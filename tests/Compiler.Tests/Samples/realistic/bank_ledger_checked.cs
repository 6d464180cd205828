using System;
using System.Collections.Generic;
using System.Linq;

class InsufficientFundsException(string account, decimal shortBy) : Exception($"{account} is short by {shortBy:F2}")
{
    public decimal ShortBy { get; } = shortBy;
}

enum TxKind { Deposit, Withdrawal, Transfer, Fee }

readonly record struct Tx(int Seq, TxKind Kind, string From, string To, decimal Amount);

class Ledger
{
    readonly Dictionary<string, decimal> balances = new(StringComparer.OrdinalIgnoreCase);
    readonly List<Tx> journal = new();
    int seq;

    public void Open(string name, decimal initial = 0) => balances.Add(name, initial);

    public void Apply(TxKind kind, string from, string to, decimal amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "must be positive");
        switch (kind)
        {
            case TxKind.Deposit: balances[to] += amount; break;
            case TxKind.Withdrawal or TxKind.Fee:
                Debit(from, amount);
                break;
            case TxKind.Transfer:
                Debit(from, amount);
                balances[to] += amount;
                break;
        }
        journal.Add(new Tx(++seq, kind, from, to, amount));
    }

    void Debit(string account, decimal amount)
    {
        var have = balances[account];
        if (have < amount) throw new InsufficientFundsException(account, amount - have);
        balances[account] = have - amount;
    }

    public decimal this[string account] => balances[account];
    public IEnumerable<Tx> Journal => journal;
}

public static class Program
{
    static int Checksum(IEnumerable<int> xs)
    {
        int h = 17;
        foreach (var x in xs) h = unchecked(h * 31 + x);
        return h;
    }

    public static void Main()
    {
        var ledger = new Ledger();
        ledger.Open("alice", 100m);
        ledger.Open("Bob");
        var attempts = new (TxKind, string, string, decimal)[]
        {
            (TxKind.Deposit, "", "bob", 50m), (TxKind.Transfer, "ALICE", "bob", 30.25m), (TxKind.Withdrawal, "bob", "", 100m),
            (TxKind.Fee, "alice", "", 1.5m), (TxKind.Deposit, "", "carol", 5m), (TxKind.Transfer, "bob", "alice", -3m),
        };
        foreach (var (kind, from, to, amount) in attempts)
        {
            try
            {
                ledger.Apply(kind, from, to, amount);
                Console.WriteLine($"ok   {kind,-10} {amount,8:F2}");
            }
            catch (InsufficientFundsException e) when (e.ShortBy < 50)
            {
                Console.WriteLine($"soft {e.Message}");
            }
            catch (InsufficientFundsException e)
            {
                Console.WriteLine($"hard {e.Message}");
            }
            catch (KeyNotFoundException)
            {
                Console.WriteLine($"no account '{to}'");
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine($"{e.ParamName}: {e.ActualValue}");
            }
        }
        Console.WriteLine($"alice {ledger["alice"]:N2} bob {ledger["BOB"]:N2}");
        foreach (var tx in ledger.Journal) Console.WriteLine(tx);
        Console.WriteLine(ledger.Journal.GroupBy(t => t.Kind).Select(g => $"{g.Key}={g.Sum(t => t.Amount)}").Aggregate((a, b) => a + " " + b));

        int big = int.MaxValue - 2;
        try
        {
            checked
            {
                for (int i = 0; i < 5; i++) big += 1;
            }
        }
        catch (OverflowException e) { Console.WriteLine($"overflow at {big}: {e.Message}"); }
        Console.WriteLine(unchecked(big + 10));
        long cents = checked(123_456_789L * 100);
        Console.WriteLine($"{cents:N0} cents");
        try { Console.WriteLine(checked((int)cents)); } catch (OverflowException) { Console.WriteLine("does not fit an int"); }
        int level = 200;
        try { Console.WriteLine(checked((byte)(level + 100))); } catch (OverflowException) { Console.WriteLine("byte overflow"); }
        Console.WriteLine(unchecked((byte)(level + 100)) + " " + unchecked((sbyte)(byte)level));
        decimal d = decimal.MaxValue;
        try { d += 1; } catch (OverflowException e) { Console.WriteLine("decimal: " + e.Message); }
        Console.WriteLine(Checksum(Enumerable.Range(1, 1000)));
        Console.WriteLine(Math.Round(2.5m) + " " + Math.Round(3.5m) + " " + Math.Round(2.345m, 2) + " " + Math.Round(2.345m, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine($"{1234.5m:C}|{0.075:P1}|{-42,6}|{42,-6}|{3.14159,10:F3}|{255:X4}|{1e6:E2}|{0.000123:G3}");
    }
}
