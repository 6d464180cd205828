using System;
using System.Threading.Tasks;

namespace Tools.Cli
{
    internal static class Program
    {
        private static async Task Main(string[] args)
        {
            Console.WriteLine("cli with " + args.Length + " args");
            await Task.Yield();
            Console.WriteLine(await Describe(args));
        }

        private static async Task<string> Describe(string[] args)
        {
            await Task.Delay(1);
            return args.Length == 0 ? "no arguments: using defaults" : string.Join(" ", args);
        }
    }
}
