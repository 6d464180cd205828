namespace Cs2Js.Bcl
{
    // Guid is its lower-case "D" string.
    static partial class BclMap
    {
        static void RegisterGuid()
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
                _ => GuidRefuse(c, "only the D, N and B Guid formats are supported"),
            });
            Add($"M:{G}.Equals({G})", "({this} === {0})");
            Add($"M:{G}.op_Equality({G},{G})", "({0} === {1})");
            Add($"M:{G}.op_Inequality({G},{G})", "({0} !== {1})");
        }

        static string? GuidRefuse(TemplateContext c, string reason)
        {
            c.RefusalReason = reason;
            return null;
        }
    }
}
