using System;
using System.Threading.Tasks;

namespace Js
{
    public static partial class Chrome
    {
        [Name("chrome.permissions")]
        public static class Permissions
        {
            /// <summary>Must run inside a user gesture; resolves false when the user declines.</summary>
            public static extern Task<bool> Request(PermissionSet permissions);
            public static extern Task<bool> Contains(PermissionSet permissions);
            public static extern Task<bool> Remove(PermissionSet permissions);
            public static extern Task<PermissionSet> GetAll();
            public static extern Event<Action<PermissionSet>> OnAdded { get; }
            public static extern Event<Action<PermissionSet>> OnRemoved { get; }
        }
    }

    /// <summary><c>{ origins: ["https://host:port/*"], permissions: [...] }</c>.</summary>
    [ObjectLiteral]
    public class PermissionSet
    {
        public string[]? Origins;
        public string[]? Permissions;
    }
}
