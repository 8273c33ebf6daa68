class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(s.pop(), s, s + [9], type(s + [9]).__name__)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
L = Logged([1])
L.append(2)
print(L, L == [1, 2], repr(L))
print(sorted(Stack([3, 1, 2])), Stack("ab"))
