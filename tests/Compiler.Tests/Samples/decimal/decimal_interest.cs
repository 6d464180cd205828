using System;

public static class Program
{
    static decimal MonthlyPayment(decimal principal, decimal annualRate, int months)
    {
        decimal r = annualRate / 12;
        decimal factor = 1;
        for (int i = 0; i < months; i++) factor *= 1 + r;
        return Math.Round(principal * r * factor / (factor - 1), 2, MidpointRounding.AwayFromZero);
    }

    public static void Main()
    {
        decimal principal = 25_000m;
        decimal rate = 0.049m;
        int months = 36;
        decimal payment = MonthlyPayment(principal, rate, months);
        Console.WriteLine("payment " + payment);
        decimal balance = principal;
        decimal totalInterest = 0;
        for (int m = 1; m <= months; m++)
        {
            decimal interest = Math.Round(balance * rate / 12, 2, MidpointRounding.ToEven);
            decimal toPrincipal = m == months ? balance : payment - interest;
            balance -= toPrincipal;
            totalInterest += interest;
            if (m <= 3 || m == months) Console.WriteLine($"{m,2}: interest {interest,7:F2} principal {toPrincipal,8:F2} balance {balance,9:F2}");
        }
        Console.WriteLine("total interest " + totalInterest);
        Console.WriteLine(decimal.Round(1.005m, 2) + " " + decimal.Round(1.015m, 2) + " " + decimal.Round(1.025m, 2, MidpointRounding.AwayFromZero));
    }
}
