#!/usr/bin/env python3
"""Generates src/parse/data/unicode-names.gz, the table behind "\\N{...}" escapes.

Run with python3 3.11 (its unicodedata is Unicode 14.0.0, the names 3.11 accepts):

    python3 scripts/gen-unicode-names.py

Content (UTF-8 text, gzip-compressed), one entry per line, in code point order:
    DELTA;NAME      DELTA = code point minus the previous line's, in base 36
Names computed by rule are left out (the loader computes them as CPython's unicodedata
does): "HANGUL SYLLABLE ..." and "CJK UNIFIED IDEOGRAPH-XXXX"; the ideograph ranges are
written on a first line "#cjk;START-END,START-END,..." (hex). Name aliases (NameAliases.txt
from Debian's unicode-data package, /usr/share/unicode) follow the names as
"@HEX;ALIAS" lines, each kept only if this python3 accepts it (so aliases newer than
Unicode 14 are left out).
"""
import gzip
import os
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("needs python3 3.11")

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "parse", "data", "unicode-names.gz")
ALIASES = "/usr/share/unicode/NameAliases.txt"


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


lines = []
cjk = []
prev = 0
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    if name.startswith("HANGUL SYLLABLE "):
        continue
    lines.append(f"{base36(cp - prev)};{name}")
    prev = cp

aliases = []
if os.path.exists(ALIASES):
    with open(ALIASES, encoding="utf-8") as f:
        for raw in f:
            raw = raw.split("#", 1)[0].strip()
            if not raw:
                continue
            hexcp, alias, _kind = raw.split(";")
            try:
                if unicodedata.lookup(alias) == chr(int(hexcp, 16)):
                    aliases.append(f"@{hexcp};{alias}")
            except KeyError:
                pass
else:
    sys.exit(f"{ALIASES} is missing: apt-get install unicode-data")

head = "#cjk;" + ",".join(f"{a:x}-{b:x}" for a, b in cjk)
data = "\n".join([head] + lines + aliases) + "\n"
with open(OUT, "wb") as f:
    f.write(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
print(f"{len(lines)} names, {len(aliases)} aliases, {len(cjk)} ideograph ranges -> {os.path.getsize(OUT)} bytes")
