using System;
using System.Collections.Generic;
using System.Linq;

public enum OrderState { Created, Paid, Packed, Shipped, Delivered, Cancelled }
public enum Trigger { Pay, Pack, Ship, Deliver, Cancel }

public sealed class InvalidTransitionException : InvalidOperationException
{
    public InvalidTransitionException(OrderState from, Trigger t) : base($"cannot {t.ToString().ToLowerInvariant()} an order that is {from}") { }
}

public sealed class Order
{
    private static readonly Dictionary<(OrderState, Trigger), OrderState> Transitions = new()
    {
        [(OrderState.Created, Trigger.Pay)] = OrderState.Paid,
        [(OrderState.Created, Trigger.Cancel)] = OrderState.Cancelled,
        [(OrderState.Paid, Trigger.Pack)] = OrderState.Packed,
        [(OrderState.Paid, Trigger.Cancel)] = OrderState.Cancelled,
        [(OrderState.Packed, Trigger.Ship)] = OrderState.Shipped,
        [(OrderState.Shipped, Trigger.Deliver)] = OrderState.Delivered,
    };

    public int Id { get; }
    public OrderState State { get; private set; } = OrderState.Created;
    public List<(OrderState From, OrderState To)> History { get; } = new();
    public event EventHandler<OrderState>? Changed;

    public Order(int id) => Id = id;

    public bool CanFire(Trigger t) => Transitions.ContainsKey((State, t));

    public void Fire(Trigger t)
    {
        if (!Transitions.TryGetValue((State, t), out var next)) throw new InvalidTransitionException(State, t);
        History.Add((State, next));
        State = next;
        Changed?.Invoke(this, next);
    }

    public IEnumerable<Trigger> Allowed() => Enum.GetValues<Trigger>().Where(CanFire);
}

public static class Program
{
    public static void Main()
    {
        var orders = Enumerable.Range(1, 4).Select(i => new Order(i)).ToList();
        var changes = new Dictionary<OrderState, int>();
        foreach (var o in orders) o.Changed += (sender, s) => changes[s] = changes.GetValueOrDefault(s) + 1;

        var script = new (int Id, Trigger T)[]
        {
            (1, Trigger.Pay), (1, Trigger.Pack), (1, Trigger.Ship), (1, Trigger.Deliver),
            (2, Trigger.Pay), (2, Trigger.Cancel), (3, Trigger.Ship), (3, Trigger.Cancel), (2, Trigger.Pack), (4, Trigger.Pay),
        };
        foreach (var (id, t) in script)
        {
            var o = orders[id - 1];
            try { o.Fire(t); Console.WriteLine($"#{id} {t,-8} -> {o.State}"); }
            catch (InvalidOperationException e) { Console.WriteLine($"#{id} {t,-8} !! {e.Message} ({e.GetType().Name})"); }
        }
        foreach (var o in orders)
            Console.WriteLine($"#{o.Id}: {o.State,-10} allowed=[{string.Join(",", o.Allowed())}] path={string.Join(">", o.History.Select(h => h.To))}");
        foreach (var kv in changes.OrderBy(k => k.Key)) Console.WriteLine($"{kv.Key}={kv.Value}");
        var byState = orders.GroupBy(o => o.State).OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        Console.WriteLine(string.Join("; ", byState.Select(g => $"{g.Key}: {string.Join(",", g.Select(o => o.Id))}")));
        Console.WriteLine(Enum.TryParse<OrderState>("shipped", true, out var parsed) + " " + parsed + " " + (int)parsed);
        Console.WriteLine(Enum.IsDefined(typeof(OrderState), 9) + " " + (OrderState)9);
    }
}
