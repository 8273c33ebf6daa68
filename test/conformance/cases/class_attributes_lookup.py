class A:
    x = "class x"
    def method(self):
        return "method"
a = A()
print(a.x)
a.x = "instance x"
print(a.x, A.x)
del a.x
print(a.x)
A.y = "added later"
print(a.y)
a.method = lambda: "shadowed"
print(a.method(), A.method(a))
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print("x" in a.__dict__, sorted(a.__dict__))
class B(A):
    x = "B x"
print(B().x, B().y, B.__dict__.get("y"))
