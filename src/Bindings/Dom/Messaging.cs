using System;

namespace Js
{
    /// <summary><c>new MessageChannel()</c>: two entangled ports.</summary>
    [Name("MessageChannel")]
    public class MessageChannel
    {
        public extern MessageChannel();
        public extern MessagePort Port1 { get; }
        public extern MessagePort Port2 { get; }
    }

    [Name("MessagePort")]
    public class MessagePort : EventTarget
    {
        public extern void PostMessage(object? message);
        public extern void PostMessage(object? message, object[] transfer);
        /// <summary>Needed after <c>addEventListener("message")</c>; setting <c>Onmessage</c> starts the port itself.</summary>
        public extern void Start();
        public extern void Close();

        [Name("onmessage")]
        public extern Action<MessageEvent>? Onmessage { get; set; }
    }
}
