namespace Js
{
    [Name("Document")]
    public class Document : Node
    {
        public extern string ReadyState { get; }
        public extern string VisibilityState { get; }
        public extern string Title { get; set; }
        public extern HTMLElement Body { get; }
        public extern HTMLElement DocumentElement { get; }
        public extern Element? ActiveElement { get; }

        public extern Element? GetElementById(string id);
        public extern Element? QuerySelector(string selectors);
        public extern NodeList QuerySelectorAll(string selectors);
        public extern Element CreateElement(string tagName);
        public extern Node CreateTextNode(string text);
    }

    [Name("Node")]
    public class Node : EventTarget
    {
        public extern string? TextContent { get; set; }
        public extern Node? ParentNode { get; }
        public extern Node? FirstChild { get; }
        public extern Node AppendChild(Node child);
        public extern Node RemoveChild(Node child);
        public extern bool Contains(Node? other);
    }

    [Name("NodeList")]
    public class NodeList
    {
        public extern int Length { get; }

        [Template("{this}[{index}]")]
        public extern Element this[int index] { get; }
    }

    [Name("DOMTokenList")]
    public class DomTokenList
    {
        public extern void Add(string token);
        public extern void Remove(string token);
        public extern bool Toggle(string token, bool force);
        public extern bool Contains(string token);
    }
}
