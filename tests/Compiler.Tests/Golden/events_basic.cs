using System;

class Connection
{
    public event Action<string>? StateChanged;
    public event EventHandler<int>? BytesReceived;
    public string State { get; private set; } = "new";

    public void SetState(string s)
    {
        State = s;
        StateChanged?.Invoke(s);
    }

    public void Receive(int n) => BytesReceived?.Invoke(this, n);
}

public static class Program
{
    static int total;
    static void OnBytes(object? sender, int n) { total += n; Console.WriteLine("bytes " + n + " from " + ((Connection)sender!).State); }

    public static void Main()
    {
        var c = new Connection();
        c.SetState("silent");
        Action<string> logger = s => Console.WriteLine("state -> " + s);
        c.StateChanged += logger;
        c.StateChanged += s => Console.WriteLine("second listener " + s.Length);
        c.SetState("connecting");
        c.StateChanged -= logger;
        c.SetState("connected");
        c.BytesReceived += OnBytes;
        c.Receive(10);
        c.Receive(5);
        c.BytesReceived -= OnBytes;
        c.Receive(100);
        Console.WriteLine("total " + total);
    }
}
