d = {"a": 1, (1, 2): "t", 3: "i"}
for key in ["b", (1, 3), 4, "quote'", None]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("del:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {}["x"]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
