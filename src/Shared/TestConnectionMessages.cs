using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>options → worker: "Test connection" with the settings the form would use, in the
    /// shapes they are stored in (sync object, secrets object), so the worker reads them with the same
    /// lenient <see cref="SettingsStore.Normalize"/> as storage and judges them itself.</summary>
    [ObjectLiteral]
    public sealed class TestConnectionRequest
    {
        public const string Type = "wse/test-connection";
        public string type;
        public object? settings;
        public object? secrets;
    }

    /// <summary>The test's outcome in plain words, as the page shows it.</summary>
    [ObjectLiteral]
    public sealed class TestConnectionAnswer
    {
        public bool ok;
        public string text;

    }

    /// <summary>The check beside the shapes: an [ObjectLiteral] class has no JavaScript class to hold
    /// a static member.</summary>
    public static class TestConnectionAnswers
    {
        /// <summary>The answer as the page takes it: anything else is "no answer".</summary>
        public static bool IsValid(TestConnectionAnswer? a) => a != null && Shape.IsBool(a.ok) && Shape.IsString(a.text);
    }
}
