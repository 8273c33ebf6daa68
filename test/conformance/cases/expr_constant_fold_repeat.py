# CPython's AST optimizer folds constant repetitions (safe_multiply limits) and products of small ints.
import sys
def g(): return "x" * 3
print(g() is g())
print(sys.getsizeof(["x" * 3, "y", "z"]))
def h(): return (1, 2) * 3
print(h() is h(), h())
def k(): return "ab" * 5000
print(k() is k())
def m(): return 2**100 * 2**100
print(m() is m())
def n(): return True * "ab", b"ab" * 2, "é" * 2, (1,) * 0, "a" * -1
print(n(), n()[0] is n()[0])
