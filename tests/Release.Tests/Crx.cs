using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace WebRtcStatsExporter.Release.Tests
{
    /// <summary>A CRX3 file read back, independently of the build's writer: the header's key proofs
    /// and signed data (protobuf), the zip, and a check of every RSA-SHA256 signature.</summary>
    public sealed class Crx
    {
        public List<(byte[] PublicKey, byte[] Signature)> RsaProofs = new();
        public byte[] SignedData = Array.Empty<byte>();
        public byte[] CrxId = Array.Empty<byte>();
        public byte[] Zip = Array.Empty<byte>();

        public static Crx Parse(byte[] file)
        {
            if (file.Length < 12 || Encoding.ASCII.GetString(file, 0, 4) != "Cr24") throw new InvalidDataException("not a CRX (no Cr24 magic)");
            int version = BitConverter.ToInt32(file, 4);
            if (version != 3) throw new InvalidDataException("CRX version " + version + ", not 3");
            int headerLength = BitConverter.ToInt32(file, 8);
            var crx = new Crx { Zip = file.Skip(12 + headerLength).ToArray() };
            foreach (var (field, value) in Fields(file.Skip(12).Take(headerLength).ToArray()))
            {
                if (field == 2)
                {
                    byte[] key = Array.Empty<byte>(), sig = Array.Empty<byte>();
                    foreach (var (f, v) in Fields(value)) { if (f == 1) key = v; else if (f == 2) sig = v; }
                    crx.RsaProofs.Add((key, sig));
                }
                else if (field == 10000)
                {
                    crx.SignedData = value;
                    foreach (var (f, v) in Fields(value)) if (f == 1) crx.CrxId = v;
                }
            }
            return crx;
        }

        /// <summary>Length-delimited protobuf fields (the only wire type a CRX header uses).</summary>
        private static IEnumerable<(int Field, byte[] Value)> Fields(byte[] data)
        {
            int at = 0;
            ulong Varint()
            {
                ulong v = 0; int shift = 0;
                while (true) { byte b = data[at++]; v |= (ulong)(b & 0x7f) << shift; if (b < 0x80) return v; shift += 7; }
            }
            while (at < data.Length)
            {
                ulong tag = Varint();
                if ((tag & 7) != 2) throw new InvalidDataException("unexpected protobuf wire type " + (tag & 7));
                int length = (int)Varint();
                yield return ((int)(tag >> 3), data.Skip(at).Take(length).ToArray());
                at += length;
            }
        }

        /// <summary>Does every proof's signature verify over "CRX3 SignedData\0" + LE32 length + signed data + zip?</summary>
        public bool SignaturesVerify()
        {
            var message = new List<byte>();
            message.AddRange(Encoding.ASCII.GetBytes("CRX3 SignedData\0"));
            message.AddRange(BitConverter.GetBytes(SignedData.Length));
            message.AddRange(SignedData);
            message.AddRange(Zip);
            foreach (var (key, sig) in RsaProofs)
            {
                using RSA rsa = RSA.Create();
                rsa.ImportSubjectPublicKeyInfo(key, out _);
                if (!rsa.VerifyData(message.ToArray(), sig, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)) return false;
            }
            return RsaProofs.Count > 0;
        }

        /// <summary>The extension id: the crx id (first 16 bytes of SHA-256 of the key) as a-p digits.</summary>
        public static string IdOf(byte[] crxIdOrKeyHash)
            => new string(crxIdOrKeyHash.Take(16).SelectMany(b => new[] { (char)('a' + (b >> 4)), (char)('a' + (b & 15)) }).ToArray());
    }
}
