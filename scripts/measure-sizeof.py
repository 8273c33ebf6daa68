"""Measures sys.getsizeof with python3 3.11 for test/unit/sizeof/sizeof.test.ts.

Each case is a small program; the prelude below defines S(o), which prints
sys.getsizeof(o). The program runs in its own python3 process (sizes can depend
on history within a process: a class's shared-keys room, free lists are not
observable by size but a fresh process keeps cases independent), with
PYTHONHASHSEED=0 as the rest of the corpus. The printed sizes are written, with
the program, to test/unit/sizeof/sizeof-cases.json; the test runs the same
program through memsnake and compares.

Run: python3 scripts/measure-sizeof.py
"""
import json
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("measure-sizeof.py needs CPython 3.11 (this is %d.%d)" % sys.version_info[:2])

PRELUDE = "import sys\ndef S(o):\n    print(sys.getsizeof(o))\n"

CASES = [
    # --- scalars and singletons
    ("none", "S(None)"),
    ("bools", "S(True)\nS(False)"),
    ("ellipsis_notimplemented", "S(...)\nS(NotImplemented)"),
    ("object", "S(object())"),
    ("int_small", "S(0)\nS(1)\nS(-1)\nS(256)\nS(257)\nS(-5)"),
    ("int_digit_edges", "S(2**30 - 1)\nS(2**30)\nS(2**60 - 1)\nS(2**60)\nS(2**90 - 1)\nS(2**90)"),
    ("int_big", "S(2**100)\nS(2**1000)\nS(10**100)\nS(3**500)"),
    ("int_negative", "S(-2**30)\nS(-2**60)\nS(-2**1000)\nS(-(10**50))"),
    ("int_computed", "a = 12345\nS(a * a * a * a)\nS(a - a)\nS(int('9' * 40))\nS(int(3.0e20))\nS(len('abc'))"),
    ("int_subclass", "class I(int):\n    pass\nS(I(0))\nS(I(5))\nS(I(2**40))"),
    ("bool_ops", "S(True + True)\nS(1 == 1)"),
    ("floats", "S(1.5)\nS(0.0)\nS(float('inf'))\nS(1e300)\nS(2 / 3)"),
    ("float_subclass", "class F(float):\n    pass\nS(F(1.5))"),
    # --- strings of each kind
    ("str_ascii", "S('')\nS('a')\nS('abc')\nS('hello world')\nS('a' * 100)\nS('a' * 1000)"),
    ("str_latin1", "S('\\xe9')\nS('\\xe9' * 100)\nS('a\\xe9')\nS('caf\\xe9')\nS(chr(255) * 3)"),
    ("str_ucs2", "S('\\u20ac')\nS('\\u20ac' * 10)\nS('a\\u20ac')\nS('\\u4e2d\\u6587')\nS(chr(256))"),
    ("str_ucs4", "S('\\U0001f600')\nS('\\U0001f600' * 10)\nS('a\\U0001f600')\nS(chr(0x10ffff))"),
    ("str_computed", "a = 'ab'\nb = 'cd'\nS(a + b)\nS(str(12345))\nS(repr([1, 2]))\nS(f'{a}-{b}')\nS(a.upper())\nS(', '.join(['x', 'y', 'z']))"),
    ("str_computed_wide", "a = 'x\\xe9'\nS(a + '\\u20ac')\nS(a * 5)\nS(a.upper())\nS(('\\U0001f600' + a)[1:])\nS(('\\u20ac' + a)[1:])"),
    ("str_subclass", "class T(str):\n    pass\nS(T(''))\nS(T('abc'))\nS(T('\\xe9'))"),
    ("bytes", "S(b'')\nS(b'abc')\nS(bytes(100))\nS(b'x' * 1000)\nS('abc'.encode())"),
    # --- tuples
    ("tuple_literals", "a = 1\nS(())\nS((1,))\nS((1, 2, 3))\nS((a, a))\nS(tuple([1, 2, 3, 4]))"),
    ("tuple_0_to_20", "for n in range(21):\n    S(tuple(range(n)))"),
    ("tuple_subclass", "class P(tuple):\n    pass\nS(P())\nS(P((1, 2)))"),
    # --- lists
    ("list_append_0_to_40", "L = []\nS(L)\nfor i in range(40):\n    L.append(i)\n    S(L)"),
    ("list_literals", "a = 1\nS([])\nS([1])\nS([1, 2])\nS([1, 2, 3])\nS([a, a, a])\nS([1, 2, 3, 4, 5])\nS([a, a, a, a, a])\nS([1, 2, a])\nS([[], [], []])\nS(['x', 'y', 'z'])\nS([None, None, None])"),
    ("list_display_31_names", "a = 0\nS([" + ", ".join(["a"] * 31) + "])\nS([" + ", ".join(["a"] * 30) + "])"),
    ("list_constructor", "S(list())\nfor n in range(13):\n    S(list(range(n)))\nS(list((1, 2, 3)))\nS(list('abcde'))"),
    ("list_from_generator", "S(list(x for x in range(3)))\nS(list(x for x in range(9)))\nS(list(x for x in range(20)))\nS(list(x for x in range(0)))"),
    ("list_star", "t = (1, 2, 3)\nS([*t])\nS([*range(5)])\nS([0, *t])"),
    ("list_comprehension", "for n in range(21):\n    S([i for i in range(n)])"),
    ("list_repeat", "S([0] * 10)\nS([1, 2] * 5)\nS([] * 5)\nS([0] * 0)\nL = [1, 2]\nL *= 3\nS(L)"),
    ("list_slicing", "L = list(range(20))\nS(L[2:7])\nS(L[:])\nS(L[::2])\nS(L[5:5])\nS(L[::-1])"),
    ("list_extend", "L = [0]\nL.extend((1,))\nS(L)\nM = []\nM.extend(range(7))\nS(M)\nM.extend(range(7))\nS(M)\nN = [1, 2]\nS(N + N)"),
    ("list_shrink", "L = list(range(100))\nS(L)\ndel L[10:]\nS(L)\nM = list(range(16))\nwhile M:\n    M.pop()\n    S(M)"),
    ("list_insert_remove", "L = []\nfor i in range(10):\n    L.insert(0, i)\n    S(L)\nL.remove(5)\nS(L)\nL.clear()\nS(L)"),
    ("list_methods_new", "L = [3, 1, 2]\nS(sorted(L))\nS(L.copy())\nS(sorted(range(10)))\nS(list(reversed(L)))"),
    ("list_emptied_then_extended", "L = [1]\nL.pop()\nL.extend((1, 2, 3))\nS(L)\nL = [1]\nL.pop()\nL.extend(range(4))\nS(L)\nL = [1]\nL.pop()\nL.__init__(range(3))\nS(L)\nL = [1, 2]\ndel L[:]\nL.extend(range(3))\nS(L)\nL = [1, 2]\nL.remove(1)\nL.remove(2)\nL.extend(range(3))\nS(L)\nL = [1, 2]\nL *= 0\nL.extend(range(3))\nS(L)\nL = [1, 2, 3]\ndel L[1:]\nL.pop()\nL.extend(range(9))\nS(L)"),
    ("list_subclass", "class Stack(list):\n    pass\ns = Stack()\nS(s)\ns.append(1)\nS(s)"),
    ("str_split", "S('a b c'.split())\nS(' '.join('x' * 20).split())\nS('a b c d'.split(' ', 1))\nS('a b c'.rsplit())\nS('abc'.split())\nS(''.split())\nS('a,b'.split(','))\nS('a::b'.split('::'))\nS('a b'.split(None, 0))\nS('a b c'.split(' ', 20))\nS('a b c'.rsplit(' ', 1))\nS(' '.join('y' * 14).rsplit())\nS('x'.split('x'))\nS('abc'.splitlines())\nS(''.splitlines())\nS('a\\nb\\nc'.splitlines())\nS('a=b'.partition('='))"),
    ("list_from_iterables", "S(list({1: 1, 2: 2, 3: 3}))\nS(list({1, 2, 3}))\nS(list('abcdefg'))\nS(list(map(str, range(5))))\nS(list(enumerate('abc')))\nS(list(zip('abc', 'def')))\nS(list(reversed([1, 2, 3])))\nS(list({1: 1, 2: 2}.items()))\nS(list({1: 1, 2: 2, 3: 3}.keys()))\nS(list(filter(None, [1, 0, 2])))\nS(list(range(0, 20, 3)))\nS(list(reversed('abc')))\nS(dir(object()))"),
    ("list_mutations", "L = [1, 2, 3]\nL.extend(x for x in range(5))\nS(L)\nL = [1, 2, 3]\nL.extend({4, 5, 6, 7})\nS(L)\nL = [1, 2, 3]\nL += 'abcdefgh'\nS(L)\nL = list(range(10))\nL[2:5] = range(20)\nS(L)\nL = list(range(30))\nL[2:25] = []\nS(L)\nL = list(range(30))\ndel L[::2]\nS(L)\nL = list(range(9))\nL.sort()\nL.reverse()\nS(L)\nS([1, 2, 3] * 3)\nS([1, 2, 3] + [4, 5])"),
    ("tuple_builders", "S(tuple(x for x in range(7)))\nS(tuple([1, 2, 3]))\nS((1, 2) + (3,))\nS((1, 2) * 3)\nS((1, 2, 3, 4)[1:3])\nS(divmod(7, 2))\nS(tuple('abcde'))\nS(tuple(range(30)))"),
    ("str_results", "S('-'.join(['ab', 'cd']))\nS('-'.join(['ab', '\\u20ac']))\nS('hello'.replace('l', 'LL'))\nS('hello world'[2:7])\nS('h\\u20acllo world'[2:7])\nS(str(1.5))\nS(repr('\\xe9'))\nS(format(3.14159, '.2f'))\nS('%d-%s' % (5, 'x'))\nS('\\xe9a'.upper())\nS('\\u0100B'.lower())\nS('caf\\xe9'.encode().decode())\nS('  ab  '.strip())\nS('ab' * 50)\nS(chr(0x1f600) * 3)"),
    ("int_results", "S(2 ** 60 - 2 ** 60)\nS((2 ** 64) // (2 ** 40))\nS(-(2 ** 64))\nS(1 << 100)\nS(int('123456789012345678901234567890'))\nS(abs(-2 ** 70))\nS(True + 1)\nS(int(2.5e30))\nS(pow(3, 1000, 10 ** 20))\nS((2 ** 100 - 1) & 255)\nS(sum(range(100)))\nS(round(2.5))\nS(hash('abc'))\nS(len([1, 2]))\nS(2 ** 62 + 2 ** 62)\nS(-(2 ** 30) + 1)"),
    ("float_results", "S(1.5 * 2)\nS(round(2.567, 2))\nS(10 / 4)\nS(float('1e10'))\nS(2 ** -1)"),
    # --- dicts
    ("dict_str_insert_0_to_50", "d = {}\nS(d)\nfor i in range(50):\n    d['k%d' % i] = i\n    S(d)"),
    ("dict_int_insert_0_to_50", "d = {}\nS(d)\nfor i in range(50):\n    d[i] = i\n    S(d)"),
    ("dict_deletes", "d = {}\nfor i in range(20):\n    d[i] = i\nfor i in range(19):\n    del d[i]\n    S(d)\nd['x'] = 1\nS(d)"),
    ("dict_delete_reinsert", "d = {}\nfor i in range(5):\n    d['k%d' % i] = i\nS(d)\ndel d['k0']\nS(d)\nd['k5'] = 5\nS(d)\nfor i in range(6, 40):\n    d['k%d' % i] = i\n    del d['k%d' % (i - 1)]\n    S(d)"),
    ("dict_nonstr_key_switch", "d = {'a': 1}\nS(d)\nd[1] = 2\nS(d)\ne = {}\nfor i in range(6):\n    e['k%d' % i] = i\nS(e)\ne[1.5] = 0\nS(e)\nf = {}\nfor i in range(12):\n    f['k%d' % i] = i\nS(f)\nf[(1, 2)] = 0\nS(f)\nS(f)"),
    ("dict_str_subclass_key", "class K(str):\n    pass\nd = {'a': 1}\nd[K('b')] = 2\nS(d)"),
    ("dict_literals_str", "\n".join("S({" + ", ".join("'k%d': %d" % (i, i) for i in range(n)) + "})" for n in range(1, 16))),
    ("dict_literals_large", "a = 1\n" + "\n".join("S({" + ", ".join("'k%d': a" % i for i in range(n)) + "})" for n in (15, 16, 17, 21, 22, 30)) + "\n" + "\n".join("S({" + ", ".join("%d: %d" % (i, i) for i in range(n)) + "})" for n in (16, 21, 22))),
    ("dict_tiny_resize", "d = {}\nfor k in 'abcde':\n    d[k] = 1\nfor k in 'abcd':\n    del d[k]\nS(d)\nd['f'] = 1\nS(d)\ne = {}\nfor i in range(5):\n    e[i] = i\nfor i in range(3):\n    del e[i]\ne[10] = 1\nS(e)"),
    ("dict_literals_int", "S({1: 1})\nS({1: 1, 2: 2, 3: 3, 4: 4, 5: 5})\nS({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6})\nS({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11})"),
    ("dict_literals_names", "a = 1\nS({'x': a})\nS({'a': a, 'b': a, 'c': a, 'd': a, 'e': a, 'f': a})\nS({a: a, 'b': a})"),
    ("dict_constructor", "S(dict())\nS(dict(a=1))\nS(dict(a=1, b=2, c=3, d=4, e=5, f=6))\nS(dict([(1, 2), (3, 4)]))\nS(dict(zip('abcdefg', range(7))))\nS(dict({'a': 1, 'b': 2}))\nS(dict({'a': 1}, b=2))"),
    ("dict_comprehension", "for n in (0, 1, 5, 6, 10, 11, 21, 22):\n    S({i: i for i in range(n)})\n    S({'k%d' % i: i for i in range(n)})"),
    ("dict_fromkeys", "for n in (0, 1, 5, 6, 10, 11, 21, 22, 50, 100, 200):\n    S(dict.fromkeys(range(n)))\nS(dict.fromkeys('abc'))\nS(dict.fromkeys(['a', 'b', 'c', 'd', 'e', 'f', 'g']))"),
    ("dict_copy_update", "d = {}\nfor i in range(30):\n    d['k%d' % i] = i\nS(d)\nS(d.copy())\nS(dict(d))\nS({**d})\ne = {}\ne.update(d)\nS(e)\nfor i in range(25):\n    del d['k%d' % i]\nS(d)\nS(d.copy())\nS(dict(d))"),
    ("dict_clear_pop", "d = {i: i for i in range(10)}\nd.pop(3)\nS(d)\nd.popitem()\nS(d)\nd.setdefault(100, 1)\nS(d)\nd.clear()\nS(d)\nd[1] = 1\nS(d)"),
    ("dict_merges", "S({'a': 1} | {'b': 2})\nd = {'a': 1}\nd |= {'b': 2, 'c': 3}\nS(d)\nS({**{'a': 1}, **{'b': 2}})\nS(dict([(i, i) for i in range(6)]))\nS(dict(zip(range(11), range(11))))\nS(dict.fromkeys({1, 2, 3, 4, 5, 6}))\nS(dict.fromkeys({'a': 1, 'b': 2}))\ne = {i: i for i in range(10)}\ne.pop(1)\nS(e.copy())\nS(dict(e))"),
    ("dict_unpack_display", "e = {}\nfor i in range(5):\n    e[i] = i\ne.pop(0)\nf = dict(e)\nS(f)\nS({**f})\nS({**f, 'x': 1})\nS({'x': 1, **f})"),
    ("dict_subclass", "class R(dict):\n    pass\nr = R()\nS(r)\nr['a'] = 1\nS(r)"),
    # --- sets
    ("set_add_0_to_40", "s = set()\nS(s)\nfor i in range(40):\n    s.add(i)\n    S(s)"),
    ("set_add_str", "s = set()\nfor i in range(20):\n    s.add('k%d' % i)\n    S(s)"),
    ("set_displays", "a = 0\nS({1})\nS({1, 2, 3})\nS({1, 2, 3, 4})\nS({1, 2, 3, 4, 5})\nS({a, 1, 2, 3, 4})\nS({1, 2, 3, 4, 5, 6, 7, 8})\nS({" + ", ".join(str(i) for i in range(16)) + "})\nS({" + ", ".join(str(i) for i in range(32)) + "})"),
    ("set_constructor", "S(set([1, 2, 3, 4, 5]))\nS(set(range(10)))\nS(set('abc'))\ns5 = set(range(5))\nS(s5)\nS(set(s5))\nS(set(frozenset(s5)))\nt = set()\nt.update(s5)\nS(t)\nS(s5.copy())"),
    ("set_ops", "a = set(range(10))\nb = set(range(5, 15))\nS(a | b)\nS(a & b)\nS(a - b)\nS(a ^ b)"),
    ("set_remove_readd", "s = set(range(4))\nS(s)\nfor i in range(4, 30):\n    s.add(i)\n    s.discard(i - 4)\n    S(s)\ns.clear()\nS(s)"),
    ("set_comprehension", "for n in (0, 4, 5, 18, 19):\n    S({i for i in range(n)})"),
    ("set_builders", "s = set()\ns.update([1, 2, 3, 4, 5, 6])\nS(s)\nS({1}.union(range(10)))\nS(set({i: i for i in range(6)}))\nS(set('abcdefgh'))\nS(frozenset({1, 2, 3, 4, 5}))\nt = set(range(20))\nfor i in range(15):\n    t.discard(i)\nS(t.copy())\nS(set(range(100)) - set(range(90)))\nS(set(range(100)) & set(range(5)))\nu = set(range(10))\nu.pop()\nS(u)"),
    ("frozensets", "S(frozenset())\nS(frozenset({1, 2}))\nS(frozenset(range(10)))\nS(frozenset('abcdefghij'))"),
    # --- ranges, slices, iterators
    ("ranges", "S(range(10))\nS(range(0))\nS(range(1, 100, 7))\nS(range(2**100))"),
    ("slices", "S(slice(1, 2))\nS(slice(None))\nS(slice(1, 2, 3))"),
    ("iterators", "S(iter([]))\nS(iter(()))\nS(iter({}))\nS(iter(set()))\nS(iter('abc'))\nS(iter('\\xe9'))\nS(iter(range(3)))\nS(iter(range(2**70)))\nS(reversed([1]))"),
    ("builtin_iterators", "S(enumerate([]))\nS(zip([], []))\nS(map(str, []))\nS(filter(None, []))"),
    ("dict_views", "d = {'a': 1}\nS(d.keys())\nS(d.values())\nS(d.items())\nS(iter(d.keys()))\nS(iter(d.items()))"),
    # --- functions, methods, classes, instances
    ("functions", "def f():\n    pass\ndef g(a, b=1, *args, c=2, **kw):\n    return a\nS(f)\nS(g)\nS(lambda: 0)\nS(lambda x, y: x + y)"),
    ("closures_cells", "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\ni = outer()\nS(i)\nS(i.__closure__)\nS(i.__closure__[0])"),
    ("builtin_functions", "S(len)\nS(print)\nS([].append)\nS({}.get)\nS('abc'.upper)"),
    ("classes", "class A:\n    pass\nclass B(A):\n    def m(self):\n        pass\nclass C:\n    __slots__ = ('a', 'b')\nS(A)\nS(B)\nS(C)"),
    ("builtin_types", "S(type)\nS(int)\nS(object)\nS(list)"),
    ("instances", "class A:\n    pass\na = A()\nS(a)\nfor i in range(40):\n    setattr(a, 'x%d' % i, i)\nS(a)\nS(A())"),
    ("instance_dict", "class A:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\na = A()\nS(a.__dict__)\nS(a)"),
    ("instance_dict_shared_keys", "class A:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\na = A()\nd = a.__dict__\nS(d)\nb = A()\nS(d)\na.z = 3\nS(d)\nd['w'] = 4\nS(d)\ndel d['x']\nS(d)\nc = A()\nc.q = 1\nS(c.__dict__)\nS(d)\nd[1] = 2\nS(d)\nS(b.__dict__)"),
    ("instance_dict_many_instances", "class B:\n    pass\nbs = [B() for i in range(40)]\nb = B()\nb.x = 1\nS(b.__dict__)\nb2 = B()\nb2.x = 1\nb2.y = 2\nS(b2.__dict__)\nS(b2)"),
    ("instance_dict_full_shared_keys", "class C:\n    pass\nc = C()\nfor i in range(35):\n    setattr(c, 'a%d' % i, i)\nS(c.__dict__)\nclass D:\n    pass\ndd = D()\ndd.x = 1\ne = dd.__dict__\nfor i in range(30):\n    e['k%d' % i] = i\n    S(e)"),
    ("instance_dict_copy", "class A:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\na = A()\nS(a.__dict__.copy())\nS(dict(a.__dict__))\nS(vars(a))\na.__dict__.clear()\nS(a.__dict__)"),
    ("instance_dict_not_managed", "class I(int):\n    pass\ni = I(1)\ni.x = 1\nS(i.__dict__)\ni.y = 2\nS(i.__dict__)\nclass L(list):\n    pass\nl = L()\nl.x = 1\nS(l.__dict__)"),
    ("slots_instances", "class S0:\n    __slots__ = ()\nclass S1:\n    __slots__ = ('a',)\nclass S2:\n    __slots__ = ('a', 'b')\nclass S5:\n    __slots__ = ('a', 'b', 'c', 'd', 'e')\nclass SD:\n    __slots__ = ('a', '__dict__')\nclass SW:\n    __slots__ = ('a', '__weakref__')\nS(S0())\nS(S1())\nS(S2())\nS(S5())\nS(SD())\nS(SW())"),
    ("slots_inherit", "class A:\n    __slots__ = ('a',)\nclass B(A):\n    __slots__ = ('b', 'c')\nclass C(A):\n    pass\nS(B())\nS(C())"),
    ("bound_methods", "class A:\n    def m(self):\n        pass\n    @classmethod\n    def c(cls):\n        pass\n    @staticmethod\n    def s():\n        pass\na = A()\nS(a.m)\nS(A.c)\nS(A.s)"),
    ("descriptors", "S(property(lambda s: 0))\nS(staticmethod(len))\nS(classmethod(len))"),
    ("modules", "import math\nimport time\nS(sys)\nS(math)\nS(time)"),
    ("generators", "def gen():\n    yield 1\ndef gen2(a, b):\n    x = a + b\n    for i in range(x):\n        yield i\ng = gen()\nS(g)\nnext(g)\nS(g)\nS(gen2(1, 2))\nS(x for x in [])\nS(x * y for x in [] for y in [])"),
    ("generator_shapes", "def g0():\n    yield\ndef g1(a, b, c):\n    x = a\n    y = b\n    for i in range(c):\n        yield x + y + i\ndef g2(*args, **kw):\n    yield args\ndef g3(n):\n    total = 0\n    for i in range(n):\n        for j in range(i):\n            total += i * j\n            yield total\ndef outer():\n    v = 1\n    def inner():\n        yield v\n    return inner\ndef g4(a):\n    try:\n        yield a\n    except Exception as e:\n        yield e\n    finally:\n        pass\ndef g5(x):\n    yield from x\ndef g6(a):\n    yield [a, a, a, a, (a, a, a)]\ndef g7(a):\n    print(a, a, a, a, a, a)\n    yield\nfor g in (g0(), g1(1, 2, 3), g2(), g3(3), outer()(), g4(1), g5([]), g6(1), g7(1)):\n    S(g)\nS(x for x in [] if x)\nS((x, y) for x in [] for y in [] if x if y)\nS(max(x, 1, 2) for x in [])\nclass Gen:\n    def __iter__(self):\n        yield 1\nS(iter(Gen()))"),
    ("builtin_subclasses", "class SS(set):\n    pass\nS(SS())\nS(SS(range(10)))\nclass FS(frozenset):\n    pass\nS(FS())\nclass DS(dict):\n    pass\nd = DS()\nfor i in range(10):\n    d[i] = i\nS(d)\nclass LS(list):\n    pass\nl = LS()\nfor i in range(10):\n    l.append(i)\nS(l)\nS(LS([1, 2, 3]))\nS(LS(range(5)))\nclass BS(bytes):\n    pass\nS(BS(b'abc'))\nS(SS)\nS(DS)\nS(BS)"),
    ("metaclass", "class M(type):\n    pass\nclass WithMeta(metaclass=M):\n    pass\nS(M)\nS(WithMeta)\nS(WithMeta())"),
    ("slots_variants", "class Both:\n    __slots__ = ('a', '__dict__', '__weakref__')\nS(Both())\nclass Many:\n    __slots__ = tuple('s%d' % i for i in range(20))\nS(Many())\nS(Many)\nclass WithInit:\n    def __init__(self):\n        for i in range(10):\n            setattr(self, 'a%d' % i, i)\nw = WithInit()\nS(w)\nS(w.__dict__)"),
    ("exception_kinds", "S(ValueError(1, 2, 3))\nS(AttributeError('a'))\nS(NameError('n'))\nS(SystemExit(1))\nS(ImportError('i'))\nS(SyntaxError('s'))\nS(OSError('o'))\nS(UnicodeDecodeError('utf-8', b'x', 0, 1, 'r'))\nS(StopIteration())\nS(RecursionError())\nS(UnboundLocalError())\nS(ModuleNotFoundError())\nclass MyErr(ValueError):\n    def __init__(self, code):\n        super().__init__(code)\n        self.code = code\nS(MyErr(5))\nS(MyErr)\ntry:\n    raise ValueError('y') from KeyError('z')\nexcept ValueError as ex:\n    S(ex)\n    S(ex.__cause__)"),
    ("exceptions", "S(Exception())\nS(ValueError('x'))\nS(KeyError('k'))\nS(StopIteration(1))\nclass E(Exception):\n    pass\nS(E())\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    S(e)"),
    ("sys_objects", "import math\nS(sys.stdout)\nS(sys.stderr)\nS(sys.version_info)\nS(sys.argv)\nS(sys.maxsize)\nS(sys.intern('hello world!'))\nS(math.pi)\nS(math.sqrt)\nS(sys.getsizeof)"),
    ("builtin_descriptors", "S(dict.get)\nS(str.join)\nS(list.__add__)\nS(object.__init__)\nS((1.0).hex)\nS(print)\nS(type(None))\nS(type(None)())"),
    ("more_iterators", "S(iter('\\u20ac'))\nS(reversed(range(3)))\nS(enumerate([], 5))\nS(map(max, [], []))\nS(zip([], [], []))\nS(iter(b'ab'))\nS(iter({1}))\nS(iter({1: 1}.items()))\nS(filter(None, ()))\nS(iter(int, 1))\nS(iter(type('Q', (), {'__getitem__': lambda s, i: i})()))"),
    ("traceback_and_defaults", "try:\n    1 / 0\nexcept Exception as e:\n    S(e.__traceback__)\nS((lambda a=1, b=2: a).__defaults__)\nS(slice(10 ** 30))\nS(hash('abc'))"),
    ("bound_slot_wrapper", "S((1).__add__)\nS([].__len__)"),
    ("quitter", "S(exit)\nS(quit)"),
    ("dunder_sizeof_direct", "class A:\n    pass\nprint([].__sizeof__(), [1, 2, 3].__sizeof__(), {}.__sizeof__(), set().__sizeof__(), 'abc'.__sizeof__(), (2 ** 100).__sizeof__(), (1, 2).__sizeof__(), A().__sizeof__(), b'ab'.__sizeof__(), type.__sizeof__(A), type.__sizeof__(int))\nprint(list.__sizeof__([1]), dict.__sizeof__({}), object.__sizeof__([1, 2, 3]), object.__sizeof__('abc'), object.__sizeof__(10 ** 20), object.__sizeof__(0), object.__sizeof__((1, 2)), object.__sizeof__(b'abc'), object.__sizeof__({1: 2}))\nprint(int.__sizeof__(True), str.__sizeof__('x'), tuple.__sizeof__(()), float.__sizeof__(1.0))\nprint(*[int('__sizeof__' in t.__dict__) for t in (int, tuple, bytes, str, list, dict, set, float, type, bool, range, frozenset)])"),
    ("super_object", "class A:\n    def m(self):\n        return super()\nS(A().m())"),
]


def main():
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"}
    out = []
    names = set()
    for name, src in CASES:
        assert name not in names, name
        names.add(name)
        program = PRELUDE + src + "\n"
        r = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env)
        if r.returncode != 0 or r.stderr:
            sys.exit("case %s failed:\n%s" % (name, r.stderr))
        sizes = [int(x) for x in r.stdout.split()]
        out.append({"name": name, "src": program, "sizes": sizes})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "unit", "sizeof", "sizeof-cases.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump({"python": sys.version.split()[0], "cases": out}, f, indent=1)
        f.write("\n")
    print("%d cases, %d sizes -> %s" % (len(out), sum(len(c["sizes"]) for c in out), os.path.normpath(path)))


main()
