namespace WebRtcStatsExporter.Shared
{
    /// <summary>A <see cref="Settings"/> field by its table key. In the bundles <see cref="Settings"/>
    /// is a plain object, so this is a property access; natively it is the field of that name.</summary>
    public static class SettingsFields
    {
#if CS2JS
        public static object? Get(Settings s, string key) => Js.Script.Write<object?>("{0}[{1}]", s, key);

        public static void Set(Settings s, string key, object? value) => Js.Script.Write<object>("({0}[{1}] = {2})", s, key, value);
#else
        public static object? Get(Settings s, string key)
            => typeof(Settings).GetField(key)?.GetValue(s) ?? throw new System.ArgumentException("no setting " + key);

        public static void Set(Settings s, string key, object? value)
        {
            System.Reflection.FieldInfo f = typeof(Settings).GetField(key) ?? throw new System.ArgumentException("no setting " + key);
            f.SetValue(s, f.FieldType == typeof(int) && value is double d ? (int)d : value);
        }
#endif

        public static string Text(Settings s, string key) => (string)Get(s, key)!;

        public static bool Switch(Settings s, string key) => Plain.ToBool(Get(s, key));
    }
}
