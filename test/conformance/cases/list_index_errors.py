L = [10, 20, 30]
print(L[-3], L[2])
for bad in (3, -4):
    try:
        L[bad]
    except IndexError as e:
        print(bad, e)
try:
    L[5] = 1
except IndexError as e:
    print(e)
try:
    del L[7]
except IndexError as e:
    print(e)
try:
    L["0"]
except TypeError as e:
    print(e)
try:
    L[1.0]
except TypeError as e:
    print(e)
try:
    [].pop(3)
except IndexError as e:
    print(e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(e)
