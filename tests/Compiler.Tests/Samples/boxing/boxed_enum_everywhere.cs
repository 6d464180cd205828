using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public enum CallState { Ringing, Connected, OnHold, Ended }
[Flags] public enum Permissions { None = 0, Mic = 1, Camera = 2, Screen = 4, All = Mic | Camera | Screen }

public static class Program
{
    static string Describe(object value) => value.ToString() ?? "";

    public static void Main()
    {
        object state = CallState.OnHold;
        Console.WriteLine(state);
        Console.WriteLine(Describe(CallState.Connected) + " " + Describe(Permissions.Mic | Permissions.Screen) + " " + Describe(Permissions.All) + " " + Describe((Permissions)8));
        Console.WriteLine(state.Equals(CallState.OnHold) + " " + state.Equals(2) + " " + state.Equals((object)CallState.OnHold));
        Console.WriteLine(string.Format("{0} then {1}", CallState.Ringing, state));
        var sb = new StringBuilder();
        sb.Append(CallState.Ended).Append('/').Append(state).AppendFormat(" [{0}]", Permissions.Camera);
        Console.WriteLine(sb.ToString());
        var bag = new List<object> { CallState.Ringing, Permissions.None, 3, "x" };
        Console.WriteLine(string.Join(", ", bag));
        Console.WriteLine(bag.Contains(CallState.Ringing) + " " + bag.Contains(0) + " " + bag.IndexOf(Permissions.None));
        var dict = new Dictionary<string, object> { ["state"] = CallState.Connected, ["perm"] = Permissions.Mic };
        foreach (var kv in dict) Console.WriteLine(kv.Key + "=" + kv.Value);
        Console.WriteLine(dict["state"] is CallState s && s == CallState.Connected);
        IComparable c = CallState.Ended;
        Console.WriteLine(c.CompareTo(CallState.Ringing) > 0);
        Enum e = Permissions.Camera;
        Console.WriteLine(e + " " + e.HasFlag(Permissions.Camera));
        object[] args = { CallState.Ended, 2.5, 'q' };
        Console.WriteLine($"{args[0]} {args[1]} {args[2]}");
        Console.WriteLine(args.Select(a => a.ToString()).Aggregate((x, y) => x + "|" + y));
    }
}
