"""Vectors for format.ts, percent.ts and strrepr.ts; imported by gen-vectors.py."""
import math


def gen_format(case, rng):
    c = []
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1234, 1234567, -1234567, 10**20, -(10**20), 65, 0x10ffff, 0x110000, 2**64]
    int_specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '+d', ' d', '-d',
                 '010', '010,', '0=10,', '*=10,', '*<10', '*>10', '*^10', '^9', ',', '_', '_x', '_b', '#_x', '_o', '#010x', '#10x',
                 '+#x', ',d', '.2', 'z', 's', 'dd', ',b', '_n', ',n', '+c', '#c', '0', '012_', '=5', ' 5', '  5', '.', '<', 'x<',
                 '\U0001f600^7', '.3e', ',.2f', '99999999999999999999', '.99999999999999999999', '#', ',,', ',_', '_,', '+015,d', '-^+9']
    for v in ints:
        for s in int_specs:
            case(c, 'int', format, v, s)
    floats = [0.0, -0.0, 1.0, -1.0, 1.5, 2.675, 0.1, 1e16, 1e22, 1e-5, 0.0001, 123.0, 1e20, 100.0, 10.0, 0.5, 5.0, 1234567.0,
              12345.678, -1234.5, 1.2345e-05, math.inf, -math.inf, math.nan, 1e300, 1e-7, 5e-324, 1.7976931348623157e308,
              0.125, 0.375, 9.995, 99.5, 0.05, 1234.5]
    float_specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.17', '#', '#.0', '#.1', '#.3', '#g', '#e',
                   '#f', '.0e', '#.0e', '.0f', '#.0f', '.2f', '.30f', '.20e', '.25g', '.0%', '.3%', ',', ',.2f', ',e', ',g', '_f',
                   '010', '+010', '010,.1f', '0=12,.2f', '*^15.3e', '<10', '+', ' ', 'z', 'z.2f', 'z.1e', 'zg', 'd', 'c', 'x', 's',
                   '.100f', '.60e', '.40g', '12.5G', '#.5G', '+.3%', '-', '_', '.2n', '015.3f', '>+12.4g', '\u00e9=+10.2f']
    for v in floats:
        for s in float_specs:
            case(c, 'float', format, v, s)
    for _ in range(60):
        v = math.ldexp(rng.random(), rng.randint(-60, 80)) * rng.choice((-1, 1))
        case(c, 'float', format, v, rng.choice(['.3f', '.10e', '.7g', '', '.12', ',.4f', '.1f', '.15g', '#.4g']))
    strs = ['', 'abc', 'héllo', '\U0001f600x', 'a' * 12]
    str_specs = ['', 's', '10', '<10', '>10', '^10', '*^9', '.1', '.2s', '10.2', '010', '+', '#', '=', '=5', ',', '_', 'd', 'z', 'x',
                 '\U0001f600^5', '.0', '^', ' ', '<<3']
    for v in strs:
        for s in str_specs:
            case(c, 'str', format, v, s)
    return c


def gen_percent(case, rng):
    c = []
    P = lambda fmt, args: fmt % args  # noqa: E731
    items = [
        ('%d', 5), ('%d', -5), ('%d', 2**70), ('%d', 3.7), ('%d', -3.7), ('%d', '5'), ('%i', 7), ('%u', 7), ('%5d', 42),
        ('%-5d|', 42), ('%05d', -42), ('%+d', 42), ('% d', 42), ('%+ d', 42), ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255),
        ('%#o', 8), ('%o', 8), ('%#08x', 255), ('%x', -255), ('%#x', -255), ('%x', 3.0), ('%.3d', 5), ('%.3x', 5), ('%#.3o', 5),
        ('%10.3d', -5), ('%-10.3d|', 5), ('%e', 1.5), ('%E', 1.5), ('%f', 1.5), ('%F', math.inf), ('%g', 1e-5), ('%G', 1e-5),
        ('%.2f', 2.675), ('%.0f', 0.5), ('%#.0f', 0.5), ('%#g', 1.0), ('%10.4f', math.pi), ('%-10.2e|', -math.pi), ('%010.2f', -1.5),
        ('%+.1f', 0.0), ('%f', 5), ('%f', 2**80), ('%f', '1'), ('%.3g', 1234567), ('%g', 100000), ('%g', 1000000), ('%.30f', 0.1),
        ('%s', 'abc'), ('%r', 'abc'), ('%a', 'é'), ('%s', 1.5), ('%r', 1.5), ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.1s', 'abc'),
        ('%c', 65), ('%c', 'A'), ('%c', 'AB'), ('%c', 0x110000), ('%c', -1), ('%c', 1.5), ('%c', '\U0001f600'), ('%5c|', 'x'), ('%%', ()),
        ('100%%', ()), ('%s %s', (1, 2)), ('%s', (1, 2)), ('%s %s', (1,)), ('%s', ()), ('%s', ((1, 2),)), ('%d %d', (1, 2, 3)),
        ('abc', ()), ('abc', 5), ('abc', (5,)), ('%y', 1), ('abc %y', 1), ('%', 1), ('abc %', 1), ('%(a)s', {'a': 1}),
        ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s', 5), ('%(a)s', (1,)), ('%(c)s', {'a': 1}), ('%(a)', {'a': 1}), ('%(a', {'a': 1}),
        ('%*d', (5, 42)), ('%-*d|', (5, 42)), ('%.*f', (2, math.pi)), ('%*.*f', (10, 3, math.pi)), ('%*d', ('x', 1)), ('%.*f', (1.5, 1.0)),
        ('%*d', (-5, 42)), ('%s', None), ('%d', None), ('%x', 1.5), ('%o', 'a'), ('%e', 'a'), ('%d', True), ('%s', True), ('%r', None),
        ('%(a)d %(a)x', {'a': 255}), ('%s', 'x' * 3), ('%#5x|', 0), ('%-#8o|', 64), ('%03c', 'x'), ('%.0e', 12345.0), ('%#.0e', 1.0),
        ('% 08.3f', 3.14159), ('%-08d|', 5), ('%ld', 5), ('%hd', 5), ('%Ld', 5), ('%5%', ()), ('%-5%|', ()), ('%c', 256), ('%c', 0xd800),
        ('%i', -0.0), ('%.2s%d', ('abc', 5)), ('%s%', ('a',)), ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('%d', [1]), ('%s %s', [1, 2]),
        ('%(a)s', [1]), ('%.3a', 'é'), ('%10r|', 'a'), ('%.50g', 0.1), ('%.200f', 1.0), ('%e', 1e300), ('%x', 2**100), ('%#X', -2**100),
    ]
    for fmt, args in items:
        case(c, 'percent', P, fmt, args)
    return c


def gen_strrepr(case, rng):
    c = []
    strs = ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t', '\x00\x1f\x7f\x80\x9f\xa0\xad\xff', 'é€😀', '\u2028\u2029',
            '\u200b\ufeff', '\ud800', '\udfff', '\U000e0001', '\U0010ffff', '\U0001f600', '\u0378', '\ue000', '\u3000', 'a\x0bb\x0cc',
            '\u0085', '\u00a0 ', '\U000f0000', '\uffff', '\ufffd', 'ß', '\u0301', '日本語']
    for _ in range(40):
        strs.append(''.join(chr(rng.choice([rng.randint(0, 0x2ff), rng.randint(0, 0xffff), rng.randint(0, 0x10ffff)])) for _ in range(8)))
    for s in strs:
        case(c, 'repr', repr, s)
        case(c, 'ascii', ascii, s)
        case(c, 'isprintable', str.isprintable, s)
    for b in [b'', b'abc', b"it's", b'"', b'\'"', bytes(range(0, 256, 7)), b'\\\n\r\t\x00\x7f\x80\xff']:
        case(c, 'bytesrepr', repr, b)
    words = ['', 'abc', 'ABC', 'Abc', 'aBC', 'Hello World', 'hello world', 'ß', 'ǆ', 'ǅ', 'Ǆ', 'ﬁ', 'İ', 'ı', 'ΣΑΣ', 'σας ΣΑΣ.', 'ΑΣ Σ',
             'Σ', 'aΣ', 'aΣb', "they're bill's", '1st 2nd', 'ŉ', 'ǰ', 'ΐ', 'ﬃ', 'Ω', 'Å', 'µ', 'ſ', 'ǈ', 'ῼ', 'ᾳ', 'Ⅷ', 'ⓐ', '٣', '²', '½',
             '一', ' \t\n', '\x1c', '\u200b', '\xa0', 'abc123', '12', 'a1', '', '\U0001d7d8', 'ꓷ', 'Σa', 'ÉCOLE', 'ǅungla', 'ﬁnd',
             'ᾈ', 'ᾀ', 'hello_World', 'ǳ', '\U00010400', '\U00010428', "o'neil mc'dull", 'a.b-c d']
    for w in words:
        for op in ('upper', 'lower', 'swapcase', 'casefold', 'title', 'capitalize', 'isalpha', 'isdigit', 'isdecimal', 'isnumeric',
                   'isspace', 'isupper', 'islower', 'istitle', 'isalnum', 'isidentifier'):
            case(c, op, getattr(str, op), w)
    return c


def generate(case, rng):
    return {'format': gen_format(case, rng), 'percent': gen_percent(case, rng), 'strrepr': gen_strrepr(case, rng)}
