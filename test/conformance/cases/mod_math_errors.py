import math
for name, fn in [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)),
                 ("log(-1)", lambda: math.log(-1)), ("acos(2)", lambda: math.acos(2)),
                 ("factorial(-1)", lambda: math.factorial(-1)), ("isqrt(-4)", lambda: math.isqrt(-4)),
                 ("exp(1000)", lambda: math.exp(1000)), ("factorial(2.5)", lambda: math.factorial(2.5)),
                 ("sqrt('x')", lambda: math.sqrt("x")), ("pow(0, -1)", lambda: math.pow(0, -1))]:
    try:
        fn()
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
