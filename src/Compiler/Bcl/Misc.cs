namespace Cs2Js.Bcl
{
    // Guid is its lower-case "D" string; Random is unseeded (Math.random; the receiver is not used);
    // Encoding.UTF8 byte[] values are plain Arrays of numbers like every other array.
    static partial class BclMap
    {
        static void RegisterMisc()
        {
            const string G = "System.Guid";
            Add($"M:{G}.NewGuid", "crypto.randomUUID()");
            Add($"F:{G}.Empty", "\"00000000-0000-0000-0000-000000000000\"");
            Add($"M:{G}.#ctor", "\"00000000-0000-0000-0000-000000000000\"");
            Add($"M:{G}.#ctor(System.String)", "$guidParse({0})");
            Add($"M:{G}.Parse(System.String)", "$guidParse({0})");
            Add($"M:{G}.ToString", "{this}");
            AddCustom($"M:{G}.ToString(System.String)", c => c.Source(0) switch
            {
                "\"D\"" or "\"d\"" or "null" or "\"\"" => c.This,
                "\"N\"" or "\"n\"" => $"{c.This}.replace(/-/g, \"\")",
                "\"B\"" or "\"b\"" => $"(\"{{\" + {c.This} + \"}}\")",
                _ => MiscRefuse(c, "only the D, N and B Guid formats are supported"),
            });
            Add($"M:{G}.Equals({G})", "({this} === {0})");
            Add($"M:{G}.op_Equality({G},{G})", "({0} === {1})");
            Add($"M:{G}.op_Inequality({G},{G})", "({0} !== {1})");

            const string R = "System.Random";
            Add($"T:{R}", "Object");
            Add($"M:{R}.#ctor", "({})");
            Add($"P:{R}.Shared", "({})");
            Add($"M:{R}.Next", "Math.floor(Math.random() * 2147483647)");
            Add($"M:{R}.Next(System.Int32)", "Math.floor(Math.random() * ({0}))");
            Add($"M:{R}.Next(System.Int32,System.Int32)", "$rnd({0}, {1})");
            Add($"M:{R}.NextDouble", "Math.random()");

            Add("P:System.Text.Encoding.UTF8", "null");
            Add("M:System.Text.Encoding.GetBytes(System.String)", "Array.from(new TextEncoder().encode({0}))");
            Add("M:System.Text.Encoding.GetString(System.Byte[])", "new TextDecoder().decode(Uint8Array.from({0}))");

            Add("M:System.Uri.EscapeDataString(System.String)", "$escData({0})");
            Add("M:System.Uri.UnescapeDataString(System.String)", "decodeURIComponent({0})");
        }

        static string? MiscRefuse(TemplateContext c, string reason)
        {
            c.RefusalReason = reason;
            return null;
        }
    }
}
