print("a,b,,c".split(","))
print("  many   spaces here ".split())
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(True))
print("".split(), "".split(","), "abc".split("abc"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="))
print("2024-01-15".split("-", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(e)
