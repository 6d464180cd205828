namespace Js
{
    /// <summary>The JavaScript <c>Date</c> (only what the pages and the worker use).</summary>
    [Name("Date")]
    public class JsDate
    {
        public extern JsDate(double msSinceEpoch);

        /// <summary>Milliseconds since the epoch.</summary>
        public static extern double Now();

        public extern double GetTime();
        public extern string ToLocaleTimeString();
        public extern string ToLocaleString();

        [Name("toISOString")]
        public extern string ToIsoString();
    }
}
