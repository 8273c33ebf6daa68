class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Box([1, 2])), bool(Box([])), bool(Box([0])))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
if Flag(True):
    print("truthy")
print(not Flag(False), Flag(False) or "fallback")
class Both:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Both()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
