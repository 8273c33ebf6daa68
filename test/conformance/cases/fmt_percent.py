print("%s and %s" % ("a", "b"))
print("%d items, %5d|%-5d|%05d" % (3, 42, 42, 42))
print("%.2f %8.3f %-8.1f| %e %g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %r" % ("x", "x", "é"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("100%% sure", "%c%c" % (72, "i"))
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
