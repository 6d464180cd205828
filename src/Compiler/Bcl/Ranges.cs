namespace Cs2Js.Bcl
{
    // System.Index is a number: n from the start (n >= 0), ~n for ^n (so ^0 is -1). System.Range is
    // [start, end] of two such numbers. Slices and xs[^n] with a literal are lowered directly (Emitter).
    static partial class BclMap
    {
        static void RegisterRanges()
        {
            const string I = "System.Index", R = "System.Range";
            Add($"M:{I}.op_Implicit(System.Int32)~{I}", "{0}");
            Add($"M:{I}.#ctor(System.Int32,System.Boolean)", "({1} ? ~{0} : {0})");
            Add($"M:{I}.FromStart(System.Int32)", "{0}");
            Add($"M:{I}.FromEnd(System.Int32)", "~{0}");
            Add($"P:{I}.Start", "0");
            Add($"P:{I}.End", "-1");
            Add($"P:{I}.IsFromEnd", "({this} < 0)");
            Add($"P:{I}.Value", "({this} < 0 ? ~{this} : {this})");
            Add($"M:{I}.GetOffset(System.Int32)", "$ixo({this}, {0})");
            Add($"M:{I}.Equals({I})", "({this} === {0})");
            Add($"M:{I}.ToString", "({this} < 0 ? \"^\" + ~{this} : \"\" + {this})");
            Add($"M:{R}.#ctor({I},{I})", "[{0}, {1}]");
            Add($"P:{R}.Start", "{this}[0]");
            Add($"P:{R}.End", "{this}[1]");
            Add($"P:{R}.All", "[0, -1]");
            Add($"M:{R}.StartAt({I})", "[{0}, -1]");
            Add($"M:{R}.EndAt({I})", "[0, {0}]");
            Add("M:System.Linq.Enumerable.Take``1(System.Collections.Generic.IEnumerable{``0},System.Range)", "$takeRange({0}, {1})");
        }
    }
}
