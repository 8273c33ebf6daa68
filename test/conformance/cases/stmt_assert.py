assert 1 + 1 == 2
assert True, "not shown"
try:
    assert 1 > 2
except AssertionError as e:
    print("empty message:", repr(e), e.args)
try:
    assert [] , "list was empty"
except AssertionError as e:
    print("message:", e)
def check(n):
    assert n >= 0, f"negative: {n}"
    return n
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e)
