"""Prints, for each PNG file given, its width, height, the number of "ink" pixels (any
colour channel below 160, so text and bars, not the page's white or light greys) and a
hash of where they are. Used by BrowserReportTests to see that a screenshot is not blank
and that two different Chinese characters are drawn as different glyphs (a missing font
draws both as the same box). Standard library only."""
import hashlib
import struct
import sys
import zlib


def ink(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    offset, idat, header = 8, b"", None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    count, digest, position = 0, hashlib.sha256(), 0
    for _ in range(height):
        kind = raw[position]
        line = bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 255
        bits = bytearray()
        for x in range(width):
            pixel = line[x * channels:x * channels + 3]
            dark = min(pixel) < 160
            count += dark
            bits.append(dark)
        digest.update(bits)
        previous = line
    return width, height, count, digest.hexdigest()[:16]


for path in sys.argv[1:]:
    print(*ink(path))
