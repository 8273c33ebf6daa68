# Small ints and interning: some immutable objects are shared, so `is` can be
# True for values computed separately. Never rely on it -- compare with == --
# but it explains why some objects never seem to be freed.
import sys

# CPython preallocates the ints -5..256 once, at startup. Every computation
# that yields one of them returns the shared object instead of a new one.
a = 200
b = int("200")          # computed at run time
print("200 is 200:", a is b)

# Larger ints are created fresh each time they are computed.
c = 1000
d = int("1000")
print("1000 is 1000:", c is d, "but ==:", c == d)

# The cached ints are immortal in practice: their refcounts are huge because
# every use anywhere in the interpreter shares them.
print("refcount of 0 is large:", sys.getrefcount(0) > 100)

# Strings that look like identifiers in the source are interned by the
# compiler: equal literals are the same object.
s1 = "hello_world"
s2 = "hello" + "_world"     # folded at compile time into the same constant
print("identifier-like literals:", s1 is s2)

# Strings built at run time are new objects, even when equal.
part = "hello"
s3 = part + "_world"
print("built at run time:", s3 is s1, "but ==:", s3 == s1)

# sys.intern returns the one canonical copy, so later `is` checks (and dict
# lookups, which try identity first) are cheap.
s4 = sys.intern(s3)
print("after sys.intern:", s4 is s1)

# Single characters (latin-1) are cached too, like small ints.
word = "xyz"
other = "".join(["x", "q"])
print("one-char strings shared:", word[0] is other[0])

# The empty tuple is a singleton: every () is the same object.
empty = ()
print("() is tuple([]):", empty is tuple([]))
