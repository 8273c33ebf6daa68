# exit and quit are site's _sitebuiltins.Quitter instances: their type, repr, size,
# and calling one raises SystemExit with the code given.
import sys

print(type(exit), type(quit), type(exit) is type(quit))
print(repr(exit))
print(str(quit))
print(sys.getsizeof(exit), sys.getsizeof(quit))
print(callable(exit), isinstance(exit, object), exit is not quit)
for q, args in ((exit, ()), (quit, (4,)), (exit, ('bye',)), (quit, (None,))):
    try:
        q(*args)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    exit(code=7)
except SystemExit as e:
    print('kw', e.code)
