using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>options → worker: "Test connection" with the form's unlocked fields as text, as
    /// <see cref="SaveSettingsRequest"/> carries them: the worker reads them as it would save them,
    /// with the policy's values on top, and judges them itself.</summary>
    [ObjectLiteral]
    public sealed class TestConnectionRequest
    {
        public const string Type = "wse/test-connection";
        public string type;
        public string[] keys;
        public string[] values;
    }

    /// <summary>The test's outcome in plain words, as the page shows it.</summary>
    [ObjectLiteral]
    public sealed class TestConnectionAnswer
    {
        public bool ok;
        public string text;
        /// <summary>The endpoint fields that keep the test from running, each shown beside its field
        /// (absent when there is none).</summary>
        public FieldError[]? errors;
    }

    /// <summary>The check beside the shapes: an [ObjectLiteral] class has no JavaScript class to hold
    /// a static member.</summary>
    public static class TestConnectionAnswers
    {
        /// <summary>The answer as the page takes it: anything else is "no answer".</summary>
        public static bool IsValid(TestConnectionAnswer? a) => a != null && Shape.IsBool(a.ok) && Shape.IsString(a.text);
    }
}
