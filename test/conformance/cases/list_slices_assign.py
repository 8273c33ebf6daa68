L = list(range(10))
L[2:4] = []
print(L)
L[:0] = [-2, -1]
print(L)
L[len(L):] = [100]
print(L)
L[1:3] = "xyz"
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print(e)
M = [0, 1, 2, 3, 4, 5]
M[::-2] = ["a", "b", "c"]
print(M)
del M[::3]
print(M)
print(M[10:20], M[-100:])
