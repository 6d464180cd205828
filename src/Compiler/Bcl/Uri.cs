namespace Cs2Js.Bcl
{
    // Uri's data escaping (RFC 3986 unreserved characters, as .NET).
    static partial class BclMap
    {
        static void RegisterUri()
        {
            Add("M:System.Uri.EscapeDataString(System.String)", "$escData({0})");
            Add("M:System.Uri.UnescapeDataString(System.String)", "decodeURIComponent({0})");
        }
    }
}
