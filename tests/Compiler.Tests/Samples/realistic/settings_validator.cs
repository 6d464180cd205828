using System;
using System.Collections.Generic;
using System.Linq;

sealed class Settings
{
    public string PushUrl { get; set; } = "";
    public int IntervalSeconds { get; set; } = 15;
    public string JobName { get; set; } = "webrtc";
    public List<string> AllowedOrigins { get; set; } = new List<string>();
    public double SampleRate { get; set; } = 1.0;
}

sealed record ValidationError(string Field, string Message)
{
    public override string ToString() => Field + ": " + Message;
}

static class Validator
{
    public static List<ValidationError> Validate(Settings s)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(s.PushUrl)) errors.Add(new ValidationError(nameof(s.PushUrl), "is required"));
        else if (!(s.PushUrl.StartsWith("http://") || s.PushUrl.StartsWith("https://"))) errors.Add(new ValidationError(nameof(s.PushUrl), "must start with http:// or https://"));
        if (s.IntervalSeconds < 1 || s.IntervalSeconds > 3600) errors.Add(new ValidationError(nameof(s.IntervalSeconds), $"must be in [1, 3600], was {s.IntervalSeconds}"));
        if (s.JobName.Any(c => !(char.IsLetterOrDigit(c) || c == '_' || c == '-'))) errors.Add(new ValidationError(nameof(s.JobName), "has invalid characters"));
        for (int i = 0; i < s.AllowedOrigins.Count; i++)
            if (!s.AllowedOrigins[i].Contains("://")) errors.Add(new ValidationError($"AllowedOrigins[{i}]", "is not an origin: '" + s.AllowedOrigins[i] + "'"));
        if (s.SampleRate is <= 0 or > 1) errors.Add(new ValidationError(nameof(s.SampleRate), $"must be in (0, 1], was {s.SampleRate:P0}"));
        return errors;
    }
}

public static class Program
{
    static void Report(string label, Settings s)
    {
        var errors = Validator.Validate(s);
        Console.WriteLine(label + ": " + (errors.Count == 0 ? "valid" : errors.Count + " error(s)"));
        foreach (var e in errors) Console.WriteLine("  " + e);
    }

    public static void Main()
    {
        Report("defaults", new Settings());
        Report("good", new Settings { PushUrl = "https://push.example:9091", AllowedOrigins = { "https://meet.example" } });
        Report("bad", new Settings { PushUrl = "ftp://x", IntervalSeconds = 0, JobName = "web rtc!", AllowedOrigins = { "meet.example", "https://ok" }, SampleRate = 1.5 });
    }
}
