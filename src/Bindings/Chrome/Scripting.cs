using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.scripting")]
        public static class Scripting
        {
            public static extern Task RegisterContentScripts(RegisteredContentScript[] scripts);
            public static extern Task UnregisterContentScripts(ContentScriptFilter filter);
            public static extern Task<RegisteredContentScript[]> GetRegisteredContentScripts();
            public static extern Task<RegisteredContentScript[]> GetRegisteredContentScripts(ContentScriptFilter filter);
        }
    }

    [ObjectLiteral]
    public class RegisteredContentScript
    {
        public string Id;
        public string[]? Matches;
        public string[]? ExcludeMatches;
        public string[]? Js;
        public string[]? Css;
        public bool? AllFrames;
        public bool? MatchOriginAsFallback;
        public RunAt? RunAt;
        public ExecutionWorld? World;
        public bool? PersistAcrossSessions;
    }

    [ObjectLiteral]
    public class ContentScriptFilter
    {
        public string[]? Ids;
    }

    [Enum(Emit.StringNamePreserveCase)]
    public enum RunAt
    {
        [Name("document_start")] DocumentStart,
        [Name("document_end")] DocumentEnd,
        [Name("document_idle")] DocumentIdle,
    }

    [Enum(Emit.StringNamePreserveCase)]
    public enum ExecutionWorld
    {
        [Name("ISOLATED")] Isolated,
        [Name("MAIN")] Main,
    }
}
