using System;

public static class Program
{
    public static void Main()
    {
        var leap = new DateTime(2024, 2, 29);
        Console.WriteLine(leap.AddDays(1).ToString("yyyy-MM-dd"));
        Console.WriteLine(leap.AddYears(1).ToString("yyyy-MM-dd"));
        Console.WriteLine(leap.AddMonths(1).ToString("yyyy-MM-dd"));
        Console.WriteLine(leap.DayOfWeek);
        Console.WriteLine(leap.Year + " " + leap.Month + " " + leap.Day + " " + leap.DayOfYear);
        var t = new DateTime(2023, 12, 31, 23, 59, 30, DateTimeKind.Utc);
        Console.WriteLine(t.AddSeconds(45).ToString("yyyy-MM-dd HH:mm:ss"));
        Console.WriteLine(t.ToString("o"));
        Console.WriteLine(t.Hour + ":" + t.Minute + ":" + t.Second);
        var diff = new DateTime(2024, 3, 1) - new DateTime(2024, 2, 1);
        Console.WriteLine(diff.TotalDays);
        Console.WriteLine(new DateTime(2024, 1, 1) < new DateTime(2024, 1, 2));
        Console.WriteLine(DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.IsLeapYear(1900));
        Console.WriteLine(t.AddMilliseconds(500).ToString("HH:mm:ss.fff"));
        Console.WriteLine(t.Date.ToString("yyyy-MM-dd HH:mm"));
        Console.WriteLine(new DateTime(2024, 5, 6).ToString("dd/MM/yy"));
        Console.WriteLine(new DateTimeOffset(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToUnixTimeMilliseconds());
    }
}
