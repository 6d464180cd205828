using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public record Sale(string Region, string Product, int Units, decimal UnitPrice, DateTime Day);

public static class Program
{
    public static void Main()
    {
        var start = new DateTime(2024, 3, 1);
        var sales = new List<Sale>
        {
            new("North", "Widget", 12, 2.50m, start), new("North", "Gadget", 3, 19.99m, start.AddDays(1)),
            new("South", "Widget", 40, 2.45m, start.AddDays(1)), new("South", "Gizmo", 1, 149.00m, start.AddDays(2)),
            new("East", "Widget", 0, 2.50m, start.AddDays(2)), new("North", "Widget", 8, 2.50m, start.AddDays(3)),
        };
        var sb = new StringBuilder();
        sb.AppendLine($"{"Region",-8}|{"Units",6}|{"Revenue",12}|{"Share",8}");
        sb.AppendLine(new string('-', 37));
        var total = sales.Sum(s => s.Units * s.UnitPrice);
        foreach (var g in sales.GroupBy(s => s.Region).OrderByDescending(g => g.Sum(s => s.Units * s.UnitPrice)))
        {
            var rev = g.Sum(s => s.Units * s.UnitPrice);
            sb.AppendFormat(CultureInfo.InvariantCulture, "{0,-8}|{1,6:N0}|{2,12:N2}|{3,8:P1}", g.Key, g.Sum(s => s.Units), rev, total == 0 ? 0 : rev / total).AppendLine();
        }
        sb.AppendLine(new string('=', 37));
        sb.Append($"{"Total",-8}|{sales.Sum(s => s.Units),6:N0}|{total,12:N2}|{1,8:P1}");
        Console.WriteLine(sb.ToString());
        Console.WriteLine();
        foreach (var day in sales.GroupBy(s => s.Day.Date).OrderBy(g => g.Key))
            Console.WriteLine($"{day.Key:ddd dd MMM yyyy}: {day.Count()} sale(s), best {day.MaxBy(s => s.Units * s.UnitPrice)!.Product}");
        Console.WriteLine(string.Format("{0:0.0#}|{1:#,##0.00}|{2:000}|{3:E2}|{4:X4}|{5,-5}|{6:C}", 3.14159, 1234567.891, 7, 123456.0, 255, "ab", 9.5m));
        Console.WriteLine($"{0.1m + 0.2m} {1m / 3m:F4} {Math.Round(2.675m, 2)} {decimal.Round(2.5m)} {-7 / 2} {-7 % 3} {7.0 / 0} {Math.Round(-2.5)}");
        Console.WriteLine(string.Join(", ", new[] { 1.0, 1.5, 1e-5, 123456789.0, 1e16, double.Epsilon }.Select(d => d.ToString(CultureInfo.InvariantCulture))));
        Console.WriteLine($"{TimeSpan.FromMinutes(95):hh\\:mm} {TimeSpan.FromSeconds(3725)} {new DateTime(2024, 2, 29):yyyy-MM-dd} {start.AddMonths(1):MMMM}");
    }
}
