import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.exit(None)
