using System;

namespace Js
{
    [Name("EventTarget")]
    public class EventTarget
    {
        /// <summary><c>new EventTarget()</c>: a target only its creator can hand out.</summary>
        public extern EventTarget();
        public extern void AddEventListener(string type, Action<Event> listener);
        public extern void AddEventListener(string type, Action<Event> listener, bool capture);
        public extern void AddEventListener(string type, Action<Event> listener, AddEventListenerOptions options);
        public extern void RemoveEventListener(string type, Action<Event> listener);
        public extern void RemoveEventListener(string type, Action<Event> listener, bool capture);
        public extern bool DispatchEvent(Event e);
    }

    [ObjectLiteral]
    public class AddEventListenerOptions
    {
        public bool? Capture;
        public bool? Once;
        public bool? Passive;
        public AbortSignal? Signal;
    }

    [Name("Event")]
    public class Event
    {
        public extern Event(string type);
        public extern string Type { get; }
        public extern object? Target { get; }
        public extern object? CurrentTarget { get; }
        public extern bool DefaultPrevented { get; }
        public extern bool IsTrusted { get; }
        public extern void PreventDefault();
        public extern void StopPropagation();
        public extern void StopImmediatePropagation();
    }

    /// <summary>Carries one EventTarget (<c>relatedTarget</c>) from one world to another: each world
    /// sees its own wrapper of the same platform object.</summary>
    [Name("FocusEvent")]
    public class FocusEvent : Event
    {
        public extern FocusEvent(string type, FocusEventInit init);
        public extern object? RelatedTarget { get; }
    }

    [ObjectLiteral]
    public class FocusEventInit
    {
        public object? relatedTarget;
    }

    [Name("KeyboardEvent")]
    public class KeyboardEvent : Event
    {
        public extern KeyboardEvent(string type);
        public extern string Key { get; }
        public extern bool CtrlKey { get; }
        public extern bool ShiftKey { get; }
        public extern bool AltKey { get; }
        public extern bool MetaKey { get; }
    }

    [Name("PageTransitionEvent")]
    public class PageTransitionEvent : Event
    {
        public extern PageTransitionEvent(string type);
        public extern bool Persisted { get; }
    }

    [Name("MessageEvent")]
    public class MessageEvent : Event
    {
        public extern MessageEvent(string type);
        public extern object? Data { get; }
        public extern string Origin { get; }
        public extern object? Source { get; }
        public extern MessagePort[] Ports { get; }
    }
}
