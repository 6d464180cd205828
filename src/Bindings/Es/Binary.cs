namespace Js
{
    [Name("ArrayBuffer")]
    public class ArrayBuffer
    {
        public extern int ByteLength { get; }
    }

    [Name("Uint8Array")]
    public class Uint8Array
    {
        public extern Uint8Array(int length);
        public extern Uint8Array(ArrayBuffer buffer);

        public extern int Length { get; }
        public extern int ByteLength { get; }
        public extern ArrayBuffer Buffer { get; }

        [Template("{this}[{index}]")]
        public extern int this[int index] { get; set; }
    }
}
