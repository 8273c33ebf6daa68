class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.a + 1
o = Logged()
print(o.a)
print(o.method())
try:
    o.missing
except AttributeError as e:
    print(e)
class Both:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().anything)
