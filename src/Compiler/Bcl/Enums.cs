namespace Cs2Js.Bcl
{
    // Enum helpers (enum values are numbers; {T} is the enum's { Name: value } object), Nullable<T>
    // (a value or null) and the System.Object members that apply to every value.
    static partial class BclMap
    {
        static void RegisterEnums()
        {
            const string E = "System.Enum", s = "System.String", b = "System.Boolean";
            Add($"M:{E}.Parse``1({s})", "$enumParse({T}, {0}, false)");
            Add($"M:{E}.Parse``1({s},{b})", "$enumParse({T}, {0}, {1})");
            Add($"M:{E}.TryParse``1({s},``0@)", "$enumParse({T}, {0}, false, {1})");
            Add($"M:{E}.TryParse``1({s},{b},``0@)", "$enumParse({T}, {0}, {1}, {2})");
            Add($"M:{E}.HasFlag({E})", "(({this} & {0}) === {0})");
            Add($"M:{E}.GetNames``1", "$enumNames({T})");
            Add($"M:{E}.GetValues``1", "$enumNames({T}).map(k => {T}[k])");
            Add($"M:{E}.IsDefined``1(``0)", "Object.values({T}).includes({0})");
            Add($"M:{E}.IsDefined(System.Type,System.Object)", "$enumDefined({0}, {1})");

            const string N = "System.Nullable`1";
            Add($"P:{N}.HasValue", "({this} != null)");
            Add($"P:{N}.Value", "$nv({this})");
            Add($"M:{N}.GetValueOrDefault(`0)", "({this} ?? {0})");
            // default(T) of the underlying type: false for bool, else 0 (numbers, chars, enums).
            AddCustom($"M:{N}.GetValueOrDefault", c => $"({c.This} ?? {(c.TypeArgs.Count > 0 && c.TypeArgs[0] == "bool" ? "false" : "0")})");
            Add($"M:{N}.ToString", "$str({this})");

            const string O = "System.Object", o = "System.Object";
            Add($"T:{O}", "Object");
            Add($"M:{O}.#ctor", "({})");
            Add($"M:{O}.ReferenceEquals({o},{o})", "({0} === {1})");
            Add($"M:{O}.Equals({o})", "$oeq({this}, {0})");
            Add($"M:{O}.Equals({o},{o})", "$oeq({0}, {1})");
            Add($"M:{O}.ToString", "$str({this})");
        }
    
        static void RegisterNullableComparison()
        {
            Add("M:System.Nullable.Compare``1(System.Nullable{``0},System.Nullable{``0})", "$cmp({0}, {1})");
            Add("M:System.Nullable.Equals``1(System.Nullable{``0},System.Nullable{``0})", "({0} === {1})");
        }
}
}
