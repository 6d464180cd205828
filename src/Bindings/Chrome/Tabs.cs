using System;
using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.tabs")]
        public static class Tabs
        {
            public static extern Task<Tab[]> Query(TabQuery query);
            public static extern Task<Tab> Get(int tabId);

            /// <summary>(tabId, removeInfo).</summary>
            public static extern Event<Action<int, TabRemoveInfo>> OnRemoved { get; }
            /// <summary>(tabId, changeInfo, tab).</summary>
            public static extern Event<Action<int, TabChangeInfo, Tab>> OnUpdated { get; }
            public static extern Event<Action<TabActiveInfo>> OnActivated { get; }
        }
    }

    [ObjectLiteral]
    public class Tab
    {
        public int? Id;
        public int WindowId;
        public bool Active;
        public string? Url;
        public string? PendingUrl;
        public string? Title;
        /// <summary>"unloaded", "loading", "complete".</summary>
        public string? Status;
    }

    [ObjectLiteral]
    public class TabQuery
    {
        public bool? Active;
        public bool? CurrentWindow;
        public bool? LastFocusedWindow;
        public string[]? Url;
    }

    [ObjectLiteral]
    public class TabChangeInfo
    {
        public string? Status;
        public string? Url;
    }

    [ObjectLiteral]
    public class TabRemoveInfo
    {
        public int WindowId;
        public bool IsWindowClosing;
    }

    [ObjectLiteral]
    public class TabActiveInfo
    {
        public int TabId;
        public int WindowId;
    }
}
