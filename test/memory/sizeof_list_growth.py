import sys
L = []
sizes = [sys.getsizeof(L)]
for i in range(24):
    L.append(i)
    sizes.append(sys.getsizeof(L))
print(sizes)
while L:
    L.pop()
    if len(L) in (16, 8, 7, 4, 2, 0):
        print(len(L), sys.getsizeof(L))
M = list(range(100))
del M[10:]
print(sys.getsizeof(M))
