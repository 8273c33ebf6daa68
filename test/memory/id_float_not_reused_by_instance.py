class A:
    pass
f = float('3.25')
fid = id(f)
del f
a = A()
print(id(a) == fid)
g = float('4.5')
print(id(g) == fid)
