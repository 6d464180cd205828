namespace Js
{
    [Name("Element")]
    public class Element : Node
    {
        public extern string Id { get; set; }
        public extern string ClassName { get; set; }
        public extern DomTokenList ClassList { get; }
        public extern string TagName { get; }
        public extern string? GetAttribute(string name);
        public extern void SetAttribute(string name, string value);
        public extern void RemoveAttribute(string name);
        public extern bool HasAttribute(string name);
        public extern Element? QuerySelector(string selectors);
        public extern NodeList QuerySelectorAll(string selectors);
        public extern Element? Closest(string selectors);
        public extern void Remove();

        [ExpandParams]
        public extern void Append(params object[] nodesOrText);

        [ExpandParams]
        public extern void ReplaceChildren(params object[] nodesOrText);
    }

    [Name("HTMLElement")]
    public class HTMLElement : Element
    {
        public extern bool Hidden { get; set; }
        public extern string Title { get; set; }
        public extern int TabIndex { get; set; }
        public extern JsObject Dataset { get; }
        public extern void Focus();
        public extern void Blur();
        public extern void Click();
    }

    [Name("HTMLInputElement")]
    public class HTMLInputElement : HTMLElement
    {
        public extern string Value { get; set; }
        public extern bool Checked { get; set; }
        public extern string Type { get; set; }
        public extern string Name { get; set; }
        public extern bool Disabled { get; set; }
        public extern string Placeholder { get; set; }
        public extern void Select();
    }

    [Name("HTMLButtonElement")]
    public class HTMLButtonElement : HTMLElement
    {
        public extern bool Disabled { get; set; }
        public extern string Type { get; set; }
    }

    [Name("HTMLSelectElement")]
    public class HTMLSelectElement : HTMLElement
    {
        public extern string Value { get; set; }
        public extern int SelectedIndex { get; set; }
        public extern bool Disabled { get; set; }
    }

    [Name("HTMLTextAreaElement")]
    public class HTMLTextAreaElement : HTMLElement
    {
        public extern string Value { get; set; }
        public extern bool Disabled { get; set; }
        public extern string Placeholder { get; set; }
        public extern int Rows { get; set; }
    }

    [Name("HTMLOptionElement")]
    public class HTMLOptionElement : HTMLElement
    {
        public extern string Value { get; set; }
        public extern string Text { get; set; }
        public extern bool Selected { get; set; }
    }

    [Name("HTMLLabelElement")]
    public class HTMLLabelElement : HTMLElement
    {
        public extern string HtmlFor { get; set; }
    }

    [Name("HTMLAnchorElement")]
    public class HTMLAnchorElement : HTMLElement
    {
        public extern string Href { get; set; }
    }

    [Name("HTMLFormElement")]
    public class HTMLFormElement : HTMLElement
    {
        public extern void Reset();
    }

    [Name("HTMLUListElement")]
    public class HTMLUListElement : HTMLElement { }

    [Name("HTMLLIElement")]
    public class HTMLLIElement : HTMLElement { }

    [Name("HTMLOutputElement")]
    public class HTMLOutputElement : HTMLElement
    {
        public extern string Value { get; set; }
    }
}
