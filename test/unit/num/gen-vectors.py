#!/usr/bin/env python3
"""Generates the JSON fixtures for test/unit/num from CPython 3.11.

Run with PYTHONHASHSEED=0 (the script re-executes itself so if needed):
    python3 test/unit/num/gen-vectors.py
Values are encoded as {"i": "0x7b"} (int, as hex()), {"f": "repr"} (float), plain JSON
strings (str), {"b": [bytes]}, {"t": [items]} (tuple), {"l": [items]} (list), true/false/null.
Each case is {"op", "args", "out"} or {"op", "args", "err": [type, message]}.
"""
import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version
if os.environ.get('PYTHONHASHSEED') != '0':
    os.environ['PYTHONHASHSEED'] = '0'
    os.execv(sys.executable, [sys.executable] + sys.argv)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
rng = random.Random(20240611)


def enc(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return {'i': hex(v)}
    if isinstance(v, float):
        return {'f': repr(v)}
    if isinstance(v, complex):
        return {'c': [repr(v.real), repr(v.imag)]}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {'b': list(v)}
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    if isinstance(v, list):
        return {'l': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[k, enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def case(cases, op, fn, *args):
    try:
        out = fn(*args)
        cases.append({'op': op, 'args': [enc(a) for a in args], 'out': enc(out)})
    except Exception as e:  # noqa: BLE001 - every Python error is a vector
        cases.append({'op': op, 'args': [enc(a) for a in args], 'err': [type(e).__name__, str(e)]})


def dump(name, cases):
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(cases, f, indent=0, ensure_ascii=True)
        f.write('\n')
    print(name, len(cases))


def cmp_if(i, f):
    return (i == f, i < f, i > f)


def gen_int():
    c = []
    big = [0, 1, -1, 2, -2, 7, -7, 10, 2**31, -2**31, 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, -(2**53) - 1,
           2**63, -2**63, 2**64 + 5, 10**20, -10**20, 3**100, -(3**100), 2**61 - 1, 2**61]
    for _ in range(25):
        big.append(rng.randint(-2**70, 2**70))
        big.append(rng.randint(-1000, 1000))
    pairs = [(a, b) for a in big[:24] for b in (3, -3, 7, -7, 2**53 + 1, -(10**20))] + \
        [(rng.choice(big), rng.choice(big)) for _ in range(60)]
    for a, b in pairs:
        case(c, 'add', lambda x, y: x + y, a, b)
        case(c, 'sub', lambda x, y: x - y, a, b)
        case(c, 'mul', lambda x, y: x * y, a, b)
        case(c, 'floordiv', lambda x, y: x // y, a, b)
        case(c, 'mod', lambda x, y: x % y, a, b)
        case(c, 'truediv', lambda x, y: x / y, a, b)
        case(c, 'and', lambda x, y: x & y, a, b)
        case(c, 'or', lambda x, y: x | y, a, b)
        case(c, 'xor', lambda x, y: x ^ y, a, b)
    for a in big:
        case(c, 'divmod', divmod, a, 0)
        case(c, 'invert', lambda x: ~x, a)
        case(c, 'bitlength', lambda x: x.bit_length(), a)
        case(c, 'hash', hash, a)
        case(c, 'tofloat', float, a)
        case(c, 'str', str, a)
        case(c, 'hex', hex, a)
        case(c, 'oct', oct, a)
        case(c, 'bin', bin, a)
        for n in (0, 1, 3, 31, 32, 53, 64, 100):
            case(c, 'lshift', lambda x, y: x << y, a, n)
            case(c, 'rshift', lambda x, y: x >> y, a, n)
        for nd in (-1, -2, -5, -20, 0, 2):
            case(c, 'round', round, a, nd)
    for a, b in [(1, 0), (0, 5), (5, 0), (10**400, 10**399), (10**400, 3), (-1, 10**400), (0, -5), (2**1100, 2**80),
                 (1, 3), (2**60 + 1, 3), (10**30, 7), (1, 2**1074), (1, 2**1075), (3, 2**1076), (2**1024 - 2**970, 1),
                 (2**1024 - 2**971, 1), (-(2**1024 - 2**971), 1)]:
        case(c, 'truediv', lambda x, y: x / y, a, b)
    for a, b in [(1, 0), (-7, 2), (7, -2), (-7, -2), (10**20, -3)]:
        case(c, 'floordiv', lambda x, y: x // y, a, b)
        case(c, 'mod', lambda x, y: x % y, a, b)
        case(c, 'divmod', divmod, a, b)
    for a, b in [(2, 10), (2, 100), (-3, 33), (10, 22), (7, 0), (0, 0), (-1, 2**70), (2**64, 3), (3, 34)]:
        case(c, 'pow', pow, a, b)
    for a, b in [(2, -1), (10, -5), (0, -1), (-2, -3), (2**64, -2), (10**400, -1)]:
        case(c, 'powneg', pow, a, b)
    for a, b, m in [(2, 10, 7), (2, 3, 0), (2, -1, 4), (3, -1, 7), (3, -2, -7), (5, 3, 1), (-5, 3, 13), (2**100, 2**50, 10**9 + 7),
                    (7, 5, -10), (4, -1, 6), (0, 0, 5), (123456789, -1, 2**61 - 1)]:
        case(c, 'powmod', pow, a, b, m)
    for a, b in [(1, -1), (1 << 5, -3)]:
        case(c, 'lshift', lambda x, y: x << y, a, b)
        case(c, 'rshift', lambda x, y: x >> y, a, b)
    case(c, 'rshift', lambda x, y: x >> y, -5, 10**20)
    case(c, 'rshift', lambda x, y: x >> y, 5, 10**20)
    case(c, 'lshift', lambda x, y: x << y, 0, 10**20)
    case(c, 'lshift', lambda x, y: x << y, 1, 10**20)
    for i, f in [(2**53 + 1, float(2**53 + 1)), (2**53, float(2**53)), (10**400, 1e308), (-10**400, -1e308), (3, 3.5), (4, 3.5),
                 (-3, -3.5), (-4, -3.5), (1, math.inf), (10**400, math.inf), (-10**400, -math.inf), (5, math.nan), (0, -0.0),
                 (2**70 + 1, 2.0**70), (2**70, 2.0**70), (2**70 - 1, 2.0**70), (-(2**70) - 1, -(2.0**70)), (10**20, 1e20)]:
        case(c, 'cmpfloat', cmp_if, i, f)
    for f in [0.0, -0.0, 1.5, -1.5, 1e20, -1e20, 1e300, 2.0**53 + 2, 0.9999, math.inf, -math.inf, math.nan, 123456789.987]:
        case(c, 'floattoint', int, f)
    case(c, 'tofloat', float, 10**400)
    case(c, 'tofloat', float, 2**1024 - 2**970)
    case(c, 'tofloat', float, 2**1024 - 2**971)
    case(c, 'tofloat', float, 2**54 + 3)
    strs = [('x', 10), ('1' * 200 + 'x', 10), ('1' * 300 + 'x', 16), ('é', 10), (' 0x_1f ', 0), ('0x_1f', 16), ('010', 0), ('0_0', 0),
            ('00', 0), ('1', 1), ('1', 37), ('1', -1), ('1__0', 10), ('_1', 10), ('1_', 10), ('- 1', 10), ('\u0661\u0662\u0663', 10),
            ('0b', 0), ('', 10), ('1' * 5000, 10), ('1' * 4300, 10), ('1_' * 4400 + '1', 10), ('  ' + '1' * 4400 + 'x', 10),
            ('1' * 4400 + '_x', 10), ('1' * 4301, 8), ('f' * 5000, 16), ('0x', 16), ('0x', 0), ('0x_', 16), ('0_x1', 16),
            ('0b1', 16), ('0o17', 8), ('0O17', 0), ('+0x1f', 0), ('-0b101', 0), ('0_7', 0), ('00_00', 0), ('1e3', 10), ('z', 36),
            ('Z', 36), ('0x1', 10), ('\u3000 12 \u2003', 10), ('\x0c1\x0b', 10), ('\u0661_\u0662', 10), ('1\xa0', 10),
            ('0o_7', 0), ('0x__1', 0), ('abc', 16), ('ABC', 16), ('+-1', 10), ('0b102', 2), ('12 3', 10), ('-0', 10),
            ('123456789012345678901234567890', 10), ('-zzzzzzzzzzzzzzzzzzzz', 36), ('777777777777777777777', 8), ('1' * 70, 2),
            ('9007199254740993', 10), ('-9007199254740991', 10), ('1\U0001d7ce', 10), ('\U0001d7cf\U0001d7ce', 10), ('12', 3),
            ('  +7  ', 0), ('0', 0), ('-00', 0), ('1 ', 2), ('\t-0x10\n', 16), ('0X10', 16), ('10', 36)]
    for s, b in strs:
        case(c, 'fromstring', int, s, b)
    for n in (4300, 4301):
        case(c, 'str', str, 10**n - 1)
        case(c, 'str', str, -(10**n - 1))
    case(c, 'str', str, 10**5000)
    case(c, 'hex', hex, -10**50)
    return c


def gen_float():
    c = []
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.675, 1e16, 1e15, 1e-5, 1e-4, 0.0001, 0.00012345, 1.5e300, 100.0, 1e22, 1e21,
            123456789.123, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 1 / 3, 2 / 3,
            9007199254740993.0, 1234567890123456789.0, 0.3, 1e100, 123e-310, 9.999999999999999e22, 4.35, -2.5, 0.125, 0.375]
    for _ in range(60):
        vals.append(rng.uniform(-1e6, 1e6))
        vals.append(math.ldexp(rng.random(), rng.randint(-1070, 1020)) * rng.choice((-1, 1)))
    for v in vals:
        case(c, 'repr', repr, v)
        case(c, 'hash', hash, v) if not math.isnan(v) else None
        case(c, 'isinteger', float.is_integer, v)
        case(c, 'ratio', float.as_integer_ratio, v)
        case(c, 'hex', float.hex, v)
        case(c, 'round0', round, v)
    for v in vals[:40]:
        for nd in (0, 1, 2, 3, -1, -2, 5, 17, 400, -400, -308, 323):
            case(c, 'round', round, v, nd)
    pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.0), (0.0, 0.0), (-0.0, 5.0), (0.0, -5.0), (1e308, 1e-308),
             (5.0, math.inf), (-5.0, math.inf), (math.inf, 2.0), (math.nan, 1.0), (1.0, 0.1), (-1.0, 0.1), (3.0, 3.0), (-3.0, 3.0),
             (1e-320, 3.0), (6.0, -3.0), (0.5, -0.25)]
    for _ in range(30):
        pairs.append((rng.uniform(-100, 100), rng.uniform(-10, 10)))
    for a, b in pairs:
        case(c, 'floordiv', lambda x, y: x // y, a, b)
        case(c, 'mod', lambda x, y: x % y, a, b)
        case(c, 'divmod', divmod, a, b)
        case(c, 'truediv', lambda x, y: x / y, a, b)
    pw = [(0.0, -1.0), (-0.0, -3.0), (2.0, 10000.0), (2.0, -10000.0), (-8.0, 1 / 3), (-8.0, 3.0), (-2.0, 0.5), (1.0, math.nan),
          (math.nan, 0.0), (-1.0, math.inf), (0.5, math.inf), (2.0, -math.inf), (math.inf, -2.0), (-math.inf, 3.0), (-math.inf, -3.0),
          (-math.inf, 2.0), (0.0, 0.0), (-0.0, 3.0), (1.1, 2.0), (10.0, 308.0), (10.0, -5.0), (10.0, 22.0), (10.0, 23.0), (3.0, 0.5),
          (2.0, 0.5), (1.0000001, 1e7), (-1.5, 3.0), (-1.5, -3.0), (7.0, 1.0 / 7), (1e-300, 2.0), (9.5, 37.0), (-10.0, 309.0),
          (10.0, -323.0), (10.0, -324.0), (0.1, 3.0), (0.7, 13.0), (1.5, -7.0), (2.5, 2.5)]
    for _ in range(40):
        pw.append((rng.uniform(0.01, 20), rng.choice([rng.uniform(-30, 30), float(rng.randint(-40, 40))])))
    for a, b in pw:
        case(c, 'pow', lambda x, y: x ** y, a, b)
    for s in ['inf', 'x', ' -iNfinity ', '1_0.5', '1_.5', '1._5', '1e1_0', '.5', '5.', 'nan', '-nan', 'in', '1' * 300 + 'x', '+1.5e-3',
              '1e', 'e5', '.', '1.2.3', '  12  ', '\u0661.\u0662', '1e500', '-1e500', '1e-400', '0x10', '1_000', '_1', '1__0', 'Infinity',
              '+INF', 'infinit', '1.7976931348623159e308', '2.4703282292062328e-324', '0.1', '123456789012345678901234567890', '\xa01.5\u2003',
              'nan(1)', '', ' ', '1 2', '1\x00']:
        case(c, 'fromstring', float, s)
    return c


def gen_hash():
    c = []
    strs = ['', 'a', 'abc', 'hello world', '\xe9', '\u20ac', '\U0001f600', 'a\U0001f600', '\ud800', 'abcdefgh', 'abcdefghi', 'x' * 100,
            '\xff' * 7, 'Ā' * 9, 'mixed é€😀', '\x00', '\x00\x00']
    for _ in range(60):
        n = rng.randint(0, 40)
        alphabet = rng.choice([(32, 126), (32, 255), (32, 0x3000), (32, 0x1f6ff)])
        s = ''.join(chr(rng.randint(*alphabet)) for _ in range(n))
        s = ''.join(ch for ch in s if not (0xd800 <= ord(ch) <= 0xdfff))
        strs.append(s)
    for s in strs:
        case(c, 'str', hash, s)
    for b in [b'', b'abc', bytes(range(256)), b'\xff' * 15]:
        case(c, 'bytes', hash, b)
    for t in [(), (1,), (1, 2), (1, 'a'), ((),), ((1, 2), 'x', 1.5), (-1,), (2**64,), (0.5, -0.5, 1e300), tuple(range(20)),
              ('a', ('b', ('c',))), (None,) if False else (True, False)]:
        case(c, 'tuple', hash, t)
    for _ in range(30):
        t = tuple(rng.choice([rng.randint(-10**6, 10**6), rng.random(), 'k' + str(rng.randint(0, 99))]) for _ in range(rng.randint(0, 6)))
        case(c, 'tuple', hash, t)
    return c


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    dump('int', gen_int())
    dump('float', gen_float())
    dump('hash', gen_hash())
    extra = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gen_vectors_text.py')
    if os.path.exists(extra):
        sys.path.insert(0, os.path.dirname(extra))
        import gen_vectors_text  # noqa: E402
        for name, cases in gen_vectors_text.generate(case, rng).items():
            dump(name, cases)
