using System;
using System.Collections.Generic;
using System.Linq;

public record Customer(int Id, string Name, string Country);
public record Order(int Id, int CustomerId, decimal Amount, string Status);

public static class Program
{
    public static void Main()
    {
        var customers = new List<Customer>
        {
            new(1, "Acme", "DE"), new(2, "Globex", "US"), new(3, "Initech", "US"), new(4, "Umbrella", "UK"),
        };
        var orders = new List<Order>
        {
            new(100, 2, 250.00m, "paid"), new(101, 1, 99.90m, "open"), new(102, 2, 12.50m, "paid"),
            new(103, 9, 5.00m, "paid"), new(104, 3, 300.10m, "refunded"), new(105, 1, 0.10m, "paid"),
        };

        var perCustomer = customers.GroupJoin(orders, c => c.Id, o => o.CustomerId,
            (c, os) => new { c.Name, Count = os.Count(), Paid = os.Where(o => o.Status == "paid").Sum(o => o.Amount) });
        foreach (var row in perCustomer) Console.WriteLine(row);

        var report = from c in customers
                     join o in orders on c.Id equals o.CustomerId into cos
                     orderby cos.Count() descending, c.Name
                     select $"{c.Name,-9}{string.Join("/", cos.Select(o => o.Id))}";
        Console.WriteLine(string.Join(" | ", report));

        var leftJoin = from c in customers
                       join o in orders on c.Id equals o.CustomerId into g
                       from o in g.DefaultIfEmpty()
                       select (c.Name, Order: o?.Id ?? 0);
        Console.WriteLine(string.Join(", ", leftJoin));

        var byCountryStatus = from c in customers
                              join o in orders on c.Id equals o.CustomerId
                              group o.Amount by new { c.Country, o.Status } into g
                              select $"{g.Key.Country}-{g.Key.Status}:{g.Sum()}";
        Console.WriteLine(string.Join(" ", byCountryStatus));

        var orphans = orders.Where(o => !customers.Any(c => c.Id == o.CustomerId)).Select(o => o.Id);
        Console.WriteLine("orphans " + string.Join(",", orphans));
        var none = new List<Customer>().GroupJoin(orders, c => c.Id, o => o.CustomerId, (c, os) => os.Count());
        Console.WriteLine("empty " + none.Count());
    }
}
