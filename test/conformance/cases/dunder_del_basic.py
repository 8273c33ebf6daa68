class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
a = Noisy("a")
a = Noisy("b")
print("rebound")
del a
print("deleted")
def scope():
    x = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
Noisy("temporary")
print("end")
