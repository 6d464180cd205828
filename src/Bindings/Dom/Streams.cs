namespace Js
{
    [Name("Blob")]
    public class Blob
    {
        public extern Blob(object[] parts);
        public extern Blob(object[] parts, BlobOptions options);
        public extern double Size { get; }
        public extern string Type { get; }
        public extern ReadableStream Stream();
        public extern System.Threading.Tasks.Task<ArrayBuffer> ArrayBuffer();
        public extern System.Threading.Tasks.Task<string> Text();
    }

    [ObjectLiteral]
    public class BlobOptions
    {
        public string? Type;
    }

    [Name("ReadableStream")]
    public class ReadableStream
    {
        public extern ReadableStream PipeThrough(CompressionStream transform);
    }

    /// <summary><c>new CompressionStream("gzip")</c>.</summary>
    [Name("CompressionStream")]
    public class CompressionStream
    {
        public extern CompressionStream(string format);
    }

    [Name("TextEncoder")]
    public class TextEncoder
    {
        public extern TextEncoder();
        public extern Uint8Array Encode(string text);
    }
}
