for exc in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError,
            NameError, UnboundLocalError, StopIteration, RecursionError, AssertionError,
            RuntimeError, NotImplementedError, OverflowError, MemoryError, KeyboardInterrupt,
            SystemExit, ModuleNotFoundError, LookupError, ArithmeticError, GeneratorExit]:
    print(exc.__name__, "->", " > ".join(c.__name__ for c in exc.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(KeyboardInterrupt, Exception))
try:
    raise KeyError("x")
except LookupError as e:
    print("caught by base", type(e).__name__)
