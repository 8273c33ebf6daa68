def attempt(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print("  caught zero")
        return "zero"
    except (TypeError, ValueError) as e:
        print("  caught", type(e).__name__)
        return "bad"
    else:
        print("  else, result", r)
        return "ok"
    finally:
        print("  finally for", repr(v))

for v in (2, 0, "x"):
    print(attempt(v))

try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
