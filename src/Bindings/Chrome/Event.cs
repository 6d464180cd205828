using System;

namespace Js
{
    /// <summary>A chrome.* event (<c>chrome.events.Event</c>): <c>AddListener</c> etc.</summary>
    [Name("chrome.events.Event")]
    public class Event<TListener> where TListener : Delegate
    {
        public extern void AddListener(TListener listener);
        public extern void RemoveListener(TListener listener);
        public extern bool HasListener(TListener listener);
        public extern bool HasListeners();
    }

    /// <summary>The chrome.* namespaces used by the extension, one nested class each (split across files).</summary>
    [Name("chrome")]
    public static partial class Chrome
    {
    }
}
