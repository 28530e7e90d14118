"""Draws the extension icon (images/icon.png, 128x128) and the file icon
(images/file-icon.png, 32x32): a rounded square with three rising bars and a
target line — a budget performance chart. Pure Python (zlib), no image library.
Run: python3 packages/extension/scripts/make-icon.py"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row.extend(pixel(x / size, y / size))
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    with open(path, 'wb') as out:
        out.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def inside_rounded(x, y, radius=0.18):
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


BARS = [(0.20, 0.36, 0.58), (0.42, 0.58, 0.42), (0.64, 0.80, 0.26)]  # x0, x1, top (y grows down)
BASE = 0.80
BACKGROUND = (0x1f, 0x6f, 0xb5)
BAR = (0xff, 0xff, 0xff)
TARGET = (0xf5, 0xb7, 0x2b)


def pixel(x, y):
    if not inside_rounded(x, y):
        return (0, 0, 0, 0)
    # The target line, rising from left to right above the bars.
    line_y = 0.50 - (x - 0.15) * 0.45
    if 0.14 <= x <= 0.86 and abs(y - line_y) < 0.028:
        return TARGET + (255,)
    for x0, x1, top in BARS:
        if x0 <= x <= x1 and top <= y <= BASE:
            return BAR + (255,)
    return BACKGROUND + (255,)


if __name__ == '__main__':
    images = os.path.join(HERE, '..', 'images')
    os.makedirs(images, exist_ok=True)
    png(os.path.join(images, 'icon.png'), 128, pixel)
    png(os.path.join(images, 'file-icon.png'), 32, pixel)
