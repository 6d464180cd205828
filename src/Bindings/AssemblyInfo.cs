// Every binding in this assembly is written in C# style (AddListener) and called in JS style (addListener).
[assembly: Js.Convention(Js.Notation.CamelCase)]
