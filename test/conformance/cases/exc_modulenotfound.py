try:
    import no_such_module_memsnake
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_memsnake as alias
except ImportError as e:
    print(type(e).__name__, e)
try:
    from no_such_pkg_memsnake import thing
except ModuleNotFoundError as e:
    print(e)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math
print(math.floor(1.5))
