using System;
using System.Collections.Generic;
using System.Linq;

enum RoomKind { Single, Double, Suite }

record Booking(string Guest, RoomKind Room, DateTime CheckIn, int Nights)
{
    public DateTime CheckOut => CheckIn.AddDays(Nights);
    public bool Overlaps(Booking other) => Room == other.Room && CheckIn < other.CheckOut && other.CheckIn < CheckOut;
}

static class Pricing
{
    public static decimal Rate(RoomKind room, DayOfWeek day) => (room, day) switch
    {
        (RoomKind.Suite, DayOfWeek.Friday or DayOfWeek.Saturday) => 320m,
        (RoomKind.Suite, _) => 250m,
        (RoomKind.Double, DayOfWeek.Saturday) => 140m,
        (RoomKind.Double, _) => 110m,
        (_, DayOfWeek.Sunday) => 60m,
        _ => 75m,
    };

    public static decimal Total(Booking b)
    {
        decimal sum = 0;
        for (var d = b.CheckIn; d < b.CheckOut; d = d.AddDays(1)) sum += Rate(b.Room, d.DayOfWeek);
        return b.Nights >= 7 ? Math.Round(sum * 0.85m, 2) : sum;
    }
}

public static class Program
{
    public static void Main()
    {
        var start = new DateTime(2024, 2, 26, 15, 0, 0);
        var bookings = new List<Booking>
        {
            new("Ada", RoomKind.Suite, start, 3),
            new("Bob", RoomKind.Single, start.AddDays(2), 7),
            new("Cy", RoomKind.Double, new DateTime(2024, 3, 1, 14, 0, 0), 2),
            new("Di", RoomKind.Suite, new DateTime(2024, 2, 28, 15, 0, 0), 1),
        };
        foreach (var b in bookings)
            Console.WriteLine($"{b.Guest,-4} {b.Room,-6} {b.CheckIn:yyyy-MM-dd} -> {b.CheckOut:ddd dd MMM} {Pricing.Total(b),9:F2}");

        for (int i = 0; i < bookings.Count; i++)
            for (int j = i + 1; j < bookings.Count; j++)
                if (bookings[i].Overlaps(bookings[j]))
                    Console.WriteLine($"conflict: {bookings[i].Guest} and {bookings[j].Guest} ({bookings[i].Room})");

        var first = bookings.Min(b => b.CheckIn);
        var last = bookings.Max(b => b.CheckOut);
        TimeSpan span = last - first;
        Console.WriteLine($"season {first:MMM d} to {last:MMM d}: {span.TotalDays} days, {span.TotalHours:N0} hours, {span}");
        Console.WriteLine($"leap day: {DateTime.IsLeapYear(2024)} {new DateTime(2024, 2, 28).AddDays(1):yyyy-MM-dd} {DateTime.DaysInMonth(2024, 2)}");
        var stay = TimeSpan.FromHours(49.5);
        Console.WriteLine($"{stay.Days}d {stay.Hours}h {stay.Minutes}m = {stay.TotalMinutes} min; {stay:c}; {stay:hh\\:mm}");
        var checkout = start + stay;
        Console.WriteLine(checkout.ToString("yyyy-MM-dd HH:mm") + " " + checkout.DayOfWeek + " " + checkout.DayOfYear);
        var byWeek = bookings.GroupBy(b => (b.CheckIn.DayOfYear - 1) / 7 + 1).OrderBy(g => g.Key);
        foreach (var g in byWeek) Console.WriteLine($"week {g.Key:D2}: {string.Join(",", g.Select(b => b.Guest))}");
        var revenue = bookings.Sum(Pricing.Total);
        Console.WriteLine($"revenue {revenue:N2} avg/night {revenue / bookings.Sum(b => b.Nights):F2}");
        Console.WriteLine((new DateTime(2024, 3, 10) - new DateTime(2023, 12, 25)).Days + " days until");
        Console.WriteLine(new DateTime(2024, 1, 31).AddMonths(1).ToString("yyyy-MM-dd") + " " + new DateTime(2024, 3, 31).AddMonths(-1).ToString("d MMM yyyy"));
    }
}
