namespace WebRtcStatsExporter.Background
{
    /// <summary>The one rule for messages only the extension's own pages (popup, options) may send:
    /// the sender's document lies under the extension's URL. A content script shares the extension's
    /// id but its URL is the page's, so it never passes.</summary>
    public static class OwnPages
    {
        /// <param name="pagesBase">The extension's URL prefix, <c>chrome-extension://id/</c>.</param>
        public static bool Sent(string? senderUrl, string pagesBase)
            => pagesBase.Length > 0 && senderUrl != null && senderUrl.StartsWith(pagesBase);
    }
}
