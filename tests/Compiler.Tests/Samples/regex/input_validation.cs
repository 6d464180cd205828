using System;
using System.Linq;
using System.Text.RegularExpressions;

// Validates user input the way settings forms do: emails, hostnames, IPv4 addresses, ports, identifiers.
public static class Program
{
    static readonly Regex Email = new Regex(@"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$");
    static readonly Regex Host = new Regex(@"^(?=.{1,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)*(?!-)[a-z0-9-]{1,63}(?<!-)$", RegexOptions.IgnoreCase);
    static readonly Regex IPv4 = new Regex(@"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$");
    static readonly Regex Identifier = new Regex(@"^[\p{L}_][\w]*$");
    static readonly Regex Whitespace = new Regex(@"\s");

    static string Check(string label, string value, Regex r) => $"{label,-6} {Quote(value),-36} {(r.IsMatch(value) ? "valid" : "invalid")}";

    static string Quote(string s) => "\"" + Regex.Replace(s, @"[\x00-\x1f]", m => "\\x" + ((int)m.Value[0]).ToString("x2")) + "\"";

    public static void Main()
    {
        foreach (var e in new[] { "alice@example.com", "bob.smith+tag@mail.example.co.uk", "no-at-sign.example.com", "x@y", "trailing.dot@example.com.", "ümlaut@example.com", "a@-bad.com", "ok@a-b.io" })
            Console.WriteLine(Check("email", e, Email));
        foreach (var h in new[] { "pushgateway", "metrics.example.com", "-lead.example.com", "trail-.example.com", "UPPER.Example.COM", new string('a', 64) + ".com", "a..b", "xn--bcher-kva.example" })
            Console.WriteLine(Check("host", h, Host));
        foreach (var ip in new[] { "192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "10.0.0.10\n" })
            Console.WriteLine(Check("ipv4", ip, IPv4));
        foreach (var id in new[] { "value", "_x1", "1abc", "naïve", "has space", "ĳssel", "a\u0301" })
            Console.WriteLine(Check("ident", id, Identifier));
        foreach (var port in new[] { "80", "9091", "65535", "65536", "0", "-1", "8o" })
        {
            bool ok = Regex.IsMatch(port, @"^\d{1,5}$") && int.Parse(port) is > 0 and <= 65535;
            Console.WriteLine($"port   {port,-6} {(ok ? "valid" : "invalid")}");
        }
        var fields = new[] { "job name", "job_name", "tab\there", "nbsp\u00a0x" };
        Console.WriteLine(string.Join(", ", fields.Where(f => Whitespace.IsMatch(f)).Select(Quote)));
    }
}
