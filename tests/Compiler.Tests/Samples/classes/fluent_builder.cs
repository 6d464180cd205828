using System;
using System.Collections.Generic;
using System.Text;

sealed class RequestBuilder
{
    private string method = "GET";
    private string url = "/";
    private readonly List<(string, string)> headers = new List<(string, string)>();
    private string? body;

    public RequestBuilder Method(string m) { method = m; return this; }
    public RequestBuilder Url(string u) { url = u; return this; }
    public RequestBuilder Header(string k, string v) { headers.Add((k, v)); return this; }
    public RequestBuilder Body(string b) { body = b; return Header("Content-Length", b.Length.ToString()); }

    public string Build()
    {
        var sb = new StringBuilder().Append(method).Append(' ').Append(url).Append('\n');
        foreach (var (k, v) in headers) sb.Append(k).Append(": ").Append(v).Append('\n');
        if (body != null) sb.Append('\n').Append(body);
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new RequestBuilder().Build());
        Console.WriteLine(new RequestBuilder().Method("POST").Url("/metrics/job/x").Header("Content-Type", "text/plain").Body("a 1\n").Build());
    }
}
