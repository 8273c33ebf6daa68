print(str(12), str(1.50), str(None), str([1, "a"]), str("x"), str())
print(repr(12), repr("it's"), repr('say "hi"'), repr([1, "a"]), repr(None))
print(repr("both ' and \""), repr("tab\t"), repr("\x00\x7f"), repr("é€"))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None))
class Empty:
    pass
print(bool(Empty()))
print(str(b"ab") if False else str(True), repr(False))
print(str(3.0), str(-0.5), str(1e100))
