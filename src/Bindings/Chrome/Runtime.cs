using System;
using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.runtime")]
        public static class Runtime
        {
            /// <summary>The extension id; undefined in a content script after the extension was reloaded.</summary>
            public static extern string? Id { get; }
            public static extern LastError? LastError { get; }

            [Name("getURL")]
            public static extern string GetUrl(string path);

            /// <summary>Resolves with the receiver's answer; rejects ("Extension context invalidated", no receiver...).</summary>
            public static extern Task<object?> SendMessage(object message);
            public static extern Task OpenOptionsPage();
            /// <summary>The extension's manifest as loaded (its "version" is the one the store shows).</summary>
            public static extern ExtensionManifest GetManifest();

            /// <summary>(message, sender, sendResponse) → true to answer asynchronously.</summary>
            public static extern Event<Func<object, MessageSender, Action<object?>, bool>> OnMessage { get; }
            public static extern Event<Action<InstalledDetails>> OnInstalled { get; }
            public static extern Event<System.Action> OnStartup { get; }
        }
    }

    [ObjectLiteral]
    public class ExtensionManifest
    {
        public string Version;
    }

    [ObjectLiteral]
    public class LastError
    {
        public string? Message;
    }

    /// <summary>Who sent a runtime message (filled in by Chrome, never by the sender).</summary>
    [ObjectLiteral]
    public class MessageSender
    {
        public string? Id;
        public string? Url;
        public string? Origin;
        public int? FrameId;
        public string? DocumentId;
        public Tab? Tab;
    }

    [ObjectLiteral]
    public class InstalledDetails
    {
        /// <summary>"install", "update", "chrome_update", "shared_module_update".</summary>
        public string Reason;
        public string? PreviousVersion;
    }
}
