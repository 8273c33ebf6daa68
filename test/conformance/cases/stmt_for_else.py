for ch in "abc":
    print(ch, end=" ")
print()
for i in range(2, 12):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        print(i, "is prime")
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10):
    if i == 3:
        continue
    if i == 6:
        break
    print(i, end=",")
print()
print("i after loop:", i)
