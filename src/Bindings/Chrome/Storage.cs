using System;
using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.storage")]
        public static class Storage
        {
            public static extern StorageArea Local { get; }
            public static extern StorageArea Sync { get; }
            public static extern StorageArea Session { get; }
            /// <summary>Read-only: the administrator's policy for this extension, shaped by the
            /// manifest's <c>storage.managed_schema</c> (empty without a policy).</summary>
            public static extern StorageArea Managed { get; }

            /// <summary>(changes: key → <see cref="StorageChange"/>, areaName: "local" | "sync" | "session" | "managed").</summary>
            public static extern Event<Action<JsObject, string>> OnChanged { get; }
        }
    }

    /// <summary><c>chrome.storage.local</c> / <c>sync</c> / <c>session</c> / <c>managed</c>.</summary>
    [Name("chrome.storage.StorageArea")]
    public class StorageArea
    {
        /// <summary>Everything in the area.</summary>
        public extern Task<JsObject> Get();
        public extern Task<JsObject> Get(string key);
        public extern Task<JsObject> Get(string[] keys);
        /// <summary>Keys with defaults: missing keys come back with the default.</summary>
        public extern Task<JsObject> Get(JsObject keysWithDefaults);

        /// <summary>Stores each property of items (a <see cref="JsObject"/> or an [ObjectLiteral]).</summary>
        public extern Task Set(object items);
        public extern Task Remove(string key);
        public extern Task Remove(string[] keys);
        public extern Task Clear();

        /// <summary>session only: let content scripts read it.</summary>
        public extern Task SetAccessLevel(AccessLevelOptions options);
        public extern Event<Action<JsObject>> OnChanged { get; }
    }

    [ObjectLiteral]
    public class StorageChange
    {
        public object? OldValue;
        public object? NewValue;
    }

    [ObjectLiteral]
    public class AccessLevelOptions
    {
        public AccessLevel AccessLevel;
    }

    [Enum(Emit.StringNamePreserveCase)]
    public enum AccessLevel
    {
        [Name("TRUSTED_CONTEXTS")] TrustedContexts,
        [Name("TRUSTED_AND_UNTRUSTED_CONTEXTS")] TrustedAndUntrustedContexts,
    }
}
