using System;
using System.Collections.Generic;

class Settings
{
    private static Settings? instance;
    public static Settings Instance => instance ??= new Settings();
    public static int Created { get; private set; }
    public Dictionary<string, string> Values { get; } = new Dictionary<string, string>();
    private Settings() { Created++; }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Settings.Created);
        Settings.Instance.Values["a"] = "1";
        Settings.Instance.Values["b"] = "2";
        Console.WriteLine(Settings.Created + " " + Settings.Instance.Values.Count);
        string? s = null;
        s ??= "default";
        s ??= "other";
        Console.WriteLine(s);
    }
}
