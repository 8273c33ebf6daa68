x = 1
del x
print('x' in globals())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
