namespace Js
{
    /// <summary><c>new URL(text)</c> (throws a TypeError on invalid input).</summary>
    [Name("URL")]
    public class Url
    {
        public extern Url(string url);
        public extern Url(string url, string @base);

        public extern string Href { get; }
        public extern string Origin { get; }
        public extern string Protocol { get; }
        public extern string Username { get; }
        public extern string Password { get; }
        public extern string Host { get; }
        public extern string Hostname { get; }
        public extern string Port { get; }
        public extern string Pathname { get; }
        public extern string Search { get; }
        public extern string Hash { get; }

        /// <summary><c>URL.canParse(text)</c> (Chrome 120+).</summary>
        public static extern bool CanParse(string url);
    }
}
