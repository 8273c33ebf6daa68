# Weak references and caches: a weakref refers to an object without adding to
# its refcount, so it never keeps the object alive. A WeakValueDictionary is
# a cache that forgets an entry as soon as nobody else uses the value.
import sys
import weakref

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Image(%r)" % self.name

img = Image("cat.png")
before = sys.getrefcount(img)
r = weakref.ref(img)
print("weakref adds no reference:", sys.getrefcount(img) == before)
print("calling the ref gives the object:", r() is img)

# When the last strong reference goes, the object is freed at once and every
# weakref to it is cleared (it then returns None), its callback called.
r2 = weakref.ref(img, lambda ref: print("  callback: object gone"))
del img
print("after del: r() is", r())

# A cache that does not keep images alive by itself.
cache = weakref.WeakValueDictionary()
loads = 0

def load(name):
    global loads
    image = cache.get(name)
    if image is None:
        loads += 1
        image = Image(name)
        cache[name] = image
    return image

a = load("dog.png")
b = load("dog.png")           # served from the cache: same object
print("same object:", a is b, "loads:", loads)
print("cached keys:", sorted(cache.keys()))

# Drop the users: the refcount reaches zero, the entry disappears by itself.
del a, b
print("after the users let go:", sorted(cache.keys()))
c = load("dog.png")           # loaded again
print("loads:", loads)

# Not every object can be weakly referenced: ints, strs, tuples and lists have
# no room for the weakref list (no __weakref__ slot), to save memory.
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
