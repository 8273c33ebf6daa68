class A:
    pass
print(id(A()) == id(A()))
print(id([]) == id([]))
print(id({}) == id({}))
print(id(float('1.1')) == id(float('2.2')))
a = A()
b = A()
print(id(a) == id(b))
print(id(a) == id(a))
c = a
print(id(c) == id(a), c is a)
