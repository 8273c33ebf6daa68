"""Measures co_stacksize of generator code objects with python3 3.11 for
test/unit/interp/stack-depth.test.ts (memsnake estimates it from the AST for
sys.getsizeof of generators). Run: python3 scripts/measure-stacksize.py"""
import json, sys, os
assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
SOURCES = [
    "def f():\n    yield 1\n",
    "def f(a, b):\n    x = 1\n    yield a + b * x\n",
    "def f(n):\n    for i in range(n):\n        yield i\n",
    "def f(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n",
    "def f(x):\n    try:\n        yield x\n    finally:\n        print('x')\n",
    "def f(x):\n    try:\n        yield x\n    except ValueError as e:\n        print(e)\n",
    "def f(x):\n    try:\n        yield x\n    except ValueError:\n        pass\n",
    "def f(x):\n    with x as y:\n        yield y\n",
    "def f(x):\n    yield from x\n",
    "def f(x):\n    v = yield x\n    print(v, x, 1)\n",
    "def f(a):\n    yield a.b(1, 2, 3)\n",
    "def f(a):\n    yield [a, a, (a, a)]\n",
    "def f(a):\n    yield {a: 1, 2: a}\n",
    "def f(a):\n    yield {'x': a, 'y': a, 'z': a}\n",
    "def f(a):\n    yield a < 1 < 2\n",
    "def f(a):\n    for x in a:\n        for y in a:\n            yield x, y\n",
    "def f(a):\n    yield f'{a}{a!r:>{a}}'\n",
    "def f(a):\n    yield a[1:2]\n",
    "def f(a):\n    yield a and a or a\n",
    "def f(a):\n    print(*a, **a)\n    yield\n",
    "def f(a):\n    x = yield\n    a[1] = x\n    a.b = x\n",
    "def f(a):\n    yield -a\n    yield not a\n",
    "def f(a):\n    yield sum(x * x for x in a)\n",
    "def f(a):\n    yield [x for x in a if x]\n",
    "def f(a):\n    for k, v in a.items():\n        yield k, v\n",
    "def f(a):\n    while True:\n        x = yield a\n        if x is None:\n            return\n",
    "def f(a):\n    total = 0\n    for x in a:\n        total += x\n        yield total\n",
    "def f(lines):\n    for line in lines:\n        if line.strip():\n            yield line.upper()\n",
]
GENEXPS = [
    "(y for y in [])",
    "(x * 2 for x in a)",
    "(x for x in a if x > 1)",
    "((x, y) for x in a for y in a)",
    "(f(x) for x in a)",
]
out = []
for src in SOURCES:
    ns = {}
    exec(compile(src, "<case>", "exec"), ns)
    out.append({"src": src, "stacksize": ns["f"].__code__.co_stacksize})
for src in GENEXPS:
    g = eval(src, {"a": [], "f": len})
    out.append({"genexp": src, "stacksize": g.gi_code.co_stacksize})
path = os.path.join(os.path.dirname(__file__), "..", "test", "unit", "interp", "stacksize-cases.json")
with open(path, "w") as fh:
    json.dump(out, fh, indent=1)
    fh.write("\n")
print(f"wrote {len(out)} cases to {os.path.normpath(path)}")
