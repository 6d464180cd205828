#!/usr/bin/env python3
"""Draws the extension's icons (16/32/48/128 px PNG) into static/icons/.

Standard library only: the shapes are rasterised with 4x4 supersampling and
written as RGBA PNGs with zlib. Run from the repository root:
    python3 tools/make-icons.py
"""
import os
import struct
import zlib

SIZES = (16, 32, 48, 128)
BACKGROUND = (21, 101, 192)   # blue rounded square
BARS = (255, 255, 255)        # white signal bars
ACCENT = (255, 171, 64)       # orange "push" arrow tip


def inside_rounded_square(x, y, radius):
    # unit square [0,1]^2 with rounded corners
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    """Colour of the point (x, y) in unit coordinates, or None when transparent."""
    if not inside_rounded_square(x, y, 0.22):
        return None
    # four rising bars, like a signal-strength meter
    bars = ((0.16, 0.62), (0.35, 0.47), (0.54, 0.32), (0.73, 0.17))
    width = 0.13
    for left, top in bars:
        if left <= x <= left + width and top <= y <= 0.84:
            # the tallest bar carries the accent on its top quarter
            if left == 0.73 and y <= 0.34:
                return ACCENT
            return BARS
    return BACKGROUND


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) / size,
                                  (py + (sy + 0.5) / samples) / size)
                    if c is not None:
                        r += c[0]; g += c[1]; b += c[2]; a += 1
            if a:
                row += bytes((r // a, g // a, b // a, 255 * a // (samples * samples)))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "static", "icons")
    os.makedirs(out, exist_ok=True)
    for size in SIZES:
        path = os.path.join(out, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(png(size, render(size)))
        print(f"wrote {os.path.relpath(path, root)}")


if __name__ == "__main__":
    main()
