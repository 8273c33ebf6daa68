// bytes objects, the utf-8/ascii/latin-1 codecs, int.to_bytes/from_bytes: results and
// error messages as python3 3.11 prints them.
import { expect, it } from 'vitest';
import { runPy } from './run.js';

it('bytes, encode/decode, to_bytes/from_bytes', () => {
  const r = runPy(String.raw`
import sys
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[:0], type(b).__name__)
print(list(b), b"l" in b, 108 in b, b + b"!", b * 2, 2 * b"ab")
print(b == b"hello", b < b"help", b != "hello", hash(b) == hash(b"hello"))
print(bytes(), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\x00\t\n\r\\\x7f\x80\xff")
print("é€😀".encode(), "abc".encode("ascii"), "é".encode("latin-1"))
print(b"\xe2\x82\xac".decode(), b"\xff".decode("latin-1"), b"ab\xff".decode("utf-8", "replace"), b"ab\xffc".decode(errors="ignore"))
for f in (lambda: b"\xff".decode(), lambda: b"a\xe2\x82".decode(), lambda: b"\xe2\x28\xa1".decode(),
          lambda: "é".encode("ascii"), lambda: "aé€b".encode("ascii"), lambda: "x".encode("rot13x"),
          lambda: bytes("x"), lambda: bytes([256]), lambda: b"a" + "b", lambda: (256).to_bytes(1, "big"),
          lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: b"ab"[5]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print((1024).to_bytes(2, "little"), (-129).to_bytes(2, "big", signed=True), (5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\x10", "little"), int.from_bytes([1, 2]), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"", "big"))
print(b"ab".hex(), bytes.fromhex("de ad"), b"a,b".startswith(b"a"), b"abc".endswith(b"bc"), b"abab".count(b"ab"), b"abc".find(b"c"))
print(b"-".join([b"a", b"b"]), b"aB".upper(), b"aB".lower(), sys.getsizeof(b""), sys.getsizeof(b"abc"))
print(b"" is bytes(), b"a"[0:1] is b"a", {b"k": 1}[b"k"], str(b"x"), f"{b'y'}")
for x in b"hi":
    print(x, end=" ")
print()
`);
  // python3 also warns twice about `is` with a literal on the last print line.
  expect(r.err.split("SyntaxWarning").length).toBe(3);
  expect(r.out).toBe(String.raw`b'hello' 5 104 111 b'el' b'olleh' b'' bytes
[104, 101, 108, 108, 111] True True b'hello!' b'hellohello' b'abab'
True True True True
b'' b'\x00\x00\x00' b'AB' b'\xc3\xa9' b'x'
b"'" b'"' b'\'"' b'\x00\t\n\r\\\x7f\x80\xff'
b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80' b'abc' b'\xe9'
€ ÿ ab� abc
UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data
UnicodeDecodeError 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
UnicodeEncodeError 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
LookupError unknown encoding: rot13x
TypeError string argument without an encoding
ValueError bytes must be in range(0, 256)
TypeError can't concat str to bytes
OverflowError int too big to convert
OverflowError can't convert negative int to unsigned
ValueError byteorder must be either 'little' or 'big'
IndexError index out of range
b'\x00\x04' b'\xff\x7f' b'\x05' b''
4096 258 -128 0
6162 b'\xde\xad' True True 2 2
b'a-b' b'AB' b'ab' 33 36
True True 1 b'x' b'y'
104 105 
`);
});

it('one-character constants are the interned deep-frozen copies, not the chr() cache', () => {
  const r = runPy(`
import sys
print(chr(97) is 'a', 'a' is 'xa'[1], sys.intern(chr(98)) is chr(98), sys.intern(chr(98)) is 'b')
x = 'a'
print(x is chr(97), 'A' is chr(65), 'g' is chr(103), ('a', 'b')[1] is 'b')
`);
  expect(r.out).toBe('False True False True\nFalse True True True\n');
});
