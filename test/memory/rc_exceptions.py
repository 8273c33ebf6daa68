import sys
try:
    raise ValueError("v")
except ValueError as e:
    print(sys.getrefcount(e))
    exc = e
print(sys.getrefcount(exc))
del exc
class Err(Exception):
    pass
try:
    raise Err()
except Err as e2:
    print(sys.getrefcount(e2))
