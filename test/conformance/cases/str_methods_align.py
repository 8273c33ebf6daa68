print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+3".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4))
for w in ["apple", "fig", "banana"]:
    print(w.ljust(8) + "|" + str(len(w)).rjust(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
