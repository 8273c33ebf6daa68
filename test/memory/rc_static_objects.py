import sys
print(sys.getrefcount(1) > 100000, sys.getrefcount(0) > 100000)
print(sys.getrefcount(256) > 100000, sys.getrefcount(-5) > 100000)
print(sys.getrefcount(()) > 100000, sys.getrefcount('') > 100000)
print(sys.getrefcount(chr(233)) >= 999999999)
print(sys.getrefcount(None) > 100, sys.getrefcount(True) > 10)
