using System;
using System.Threading.Tasks;

sealed class FlakyService
{
    private int calls;
    private readonly int failures;
    public FlakyService(int failures) { this.failures = failures; }
    public async Task<string> PushAsync(string body)
    {
        calls++;
        await Task.Delay(5);
        if (calls <= failures) throw new TimeoutException("attempt " + calls + " timed out");
        return "202 Accepted (" + body.Length + " bytes, attempt " + calls + ")";
    }
}

public static class Program
{
    static async Task<string> WithRetry(Func<Task<string>> op, int maxAttempts, int baseDelayMs)
    {
        int delay = baseDelayMs;
        for (int attempt = 1; ; attempt++)
        {
            try { return await op(); }
            catch (TimeoutException e) when (attempt < maxAttempts)
            {
                Console.WriteLine($"{e.Message}; retrying in {delay} ms");
                await Task.Delay(delay);
                delay = Math.Min(delay * 2, 1000);
            }
        }
    }

    public static async Task Main()
    {
        var ok = new FlakyService(2);
        Console.WriteLine(await WithRetry(() => ok.PushAsync("metrics 1\n"), 5, 100));
        var bad = new FlakyService(10);
        try { Console.WriteLine(await WithRetry(() => bad.PushAsync("x"), 3, 50)); }
        catch (TimeoutException e) { Console.WriteLine("giving up: " + e.Message); }
    }
}
