using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>The Chrome Web Store's screenshots (1280×800 PNG), taken from the real extension by
    /// the browser tests into artifacts/store/ (store/listing.md names the five).</summary>
    public static class StoreScreenshots
    {
        public const int Width = 1280;
        public const int Height = 800;

        public static string Dir => Path.Combine(Repo.Root, "artifacts", "store");

        /// <summary>Photographs the page at 1280×800. A narrow page (the 320 px popup) is shown at
        /// <paramref name="zoom"/> and centred, so that it is legible at the store's size.</summary>
        public static async Task SaveAsync(IPage page, string name, double zoom = 1)
        {
            await page.SetViewportSizeAsync(Width, Height);
            if (zoom != 1)
                await page.AddStyleTagAsync(new() { Content = $"html {{ zoom: {zoom}; }} body {{ margin: 24px auto; box-shadow: 0 2px 12px rgba(0,0,0,.25); }}" });
            Directory.CreateDirectory(Dir);
            string path = Path.Combine(Dir, name);
            byte[] png = await page.ScreenshotAsync(new() { Path = path, FullPage = false });
            var (w, h) = Size(png);
            Assert.That((w, h), Is.EqualTo((Width, Height)), name + " is not 1280×800");
        }

        /// <summary>Width and height from a PNG's IHDR chunk.</summary>
        public static (int, int) Size(byte[] png)
        {
            if (png.Length < 24 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') throw new InvalidDataException("not a PNG");
            int Be(int at) => (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            return (Be(16), Be(20));
        }
    }
}
