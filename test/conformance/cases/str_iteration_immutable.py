s = "abc"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
try:
    s[0] = "z"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
t = s
s += "d"
print(s, t)
print("".join(reversed(s)), s[::-1] == "dcba")
try:
    "abc"[5]
except IndexError as e:
    print(e)
