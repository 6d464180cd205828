using System;

public static class Program
{
    static int Lcs(string a, string b)
    {
        var dp = new int[a.Length + 1][];
        for (int i = 0; i <= a.Length; i++) dp[i] = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.Max(dp[i - 1][j], dp[i][j - 1]);
        return dp[a.Length][b.Length];
    }

    static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    static long Coins(int[] coins, int amount)
    {
        var ways = new long[amount + 1];
        ways[0] = 1;
        foreach (var c in coins) for (int v = c; v <= amount; v++) ways[v] += ways[v - c];
        return ways[amount];
    }

    public static void Main()
    {
        Console.WriteLine(Lcs("AGGTAB", "GXTXAYB") + " " + Lcs("", "abc"));
        Console.WriteLine(Levenshtein("kitten", "sitting") + " " + Levenshtein("flaw", "lawn") + " " + Levenshtein("", "abc"));
        Console.WriteLine(Coins(new[] { 1, 2, 5, 10, 20, 50, 100, 200 }, 200));
    }
}
