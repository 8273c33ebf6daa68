def recurse(n):
    return recurse(n + 1) + 1

print("going deep")
recurse(0)
