x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(1 < 2 < 3 < 4 > 2)
print("abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [1] == [1.0])
print(None is None, None == False, 1 != 1.0)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(3 in [1, 2, 3], "x" not in "abc", 2 in {2: "two"})
a = [1]
b = [1]
print(a == b, a is b, a is not b)
print(1 < 2 == 2 != 3)
