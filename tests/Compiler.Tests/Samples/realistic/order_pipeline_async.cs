using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class PaymentDeclinedException : Exception
{
    public int Code { get; }
    public PaymentDeclinedException(string message, int code) : base(message) => Code = code;
}

record Order(int Id, string Customer, decimal Amount);

class FakeGateway
{
    public async Task<string> ChargeAsync(Order o)
    {
        await Task.Delay(10 * (o.Id % 3 + 1));
        if (o.Amount <= 0) throw new ArgumentOutOfRangeException(nameof(o), "amount must be positive");
        if (o.Amount > 1000) throw new PaymentDeclinedException($"order {o.Id} over limit", 51);
        if (o.Customer == "mallory") throw new PaymentDeclinedException($"order {o.Id} flagged", 59);
        return $"tx-{o.Id:D4}";
    }
}

public static class Program
{
    static readonly List<string> log = new();

    static async Task<(int Id, string Result)> Process(FakeGateway gw, Order o)
    {
        try
        {
            var tx = await gw.ChargeAsync(o);
            log.Add($"charged {o.Id}");
            return (o.Id, tx);
        }
        catch (PaymentDeclinedException e) when (e.Code == 51)
        {
            return (o.Id, "declined: limit");
        }
        catch (PaymentDeclinedException e) when (e.Code >= 59)
        {
            return (o.Id, $"declined ({e.Code}): {e.Message}");
        }
        finally
        {
            log.Add($"done {o.Id}");
        }
    }

    static async Task<int> CountdownAsync(int n)
    {
        int steps = 0;
        while (n > 0)
        {
            await Task.Yield();
            n /= 2;
            steps++;
        }
        return steps;
    }

    public static async Task Main()
    {
        var gw = new FakeGateway();
        var orders = new[]
        {
            new Order(1, "alice", 25.00m), new Order(2, "bob", 1500m), new Order(3, "mallory", 10m),
            new Order(4, "carol", 999.99m), new Order(5, "dave", 0m),
        };
        var tasks = orders.Where(o => o.Amount > 0).Select(o => Process(gw, o)).ToList();
        var results = await Task.WhenAll(tasks);
        foreach (var (id, result) in results.OrderBy(r => r.Id)) Console.WriteLine($"#{id}: {result}");
        Console.WriteLine($"log entries: {log.Count}, charged: {log.Count(l => l.StartsWith("charged"))}");
        try
        {
            await Process(gw, orders[4]);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "o")
        {
            Console.WriteLine("bad order: " + e.Message);
        }
        var all = Task.WhenAll(gw.ChargeAsync(orders[1]), gw.ChargeAsync(orders[0]));
        try { await all; }
        catch (PaymentDeclinedException e) { Console.WriteLine($"first failure: {e.Message}"); }
        var steps = await Task.WhenAll(CountdownAsync(1), CountdownAsync(100), CountdownAsync(1 << 20));
        Console.WriteLine(string.Join(" ", steps));
        var winner = await Task.WhenAny(Task.Delay(200).ContinueWith(_ => "slow"), Task.Delay(20).ContinueWith(_ => "fast"));
        Console.WriteLine("winner " + await winner);
    }
}
