class Node:
    __slots__ = ('next',)
    def __init__(self, nxt):
        self.next = nxt
head = None
for _ in range(1000000):
    head = Node(head)
del head
print('ok')
nested = []
for _ in range(100000):
    nested = [nested]
del nested
print('ok nested lists')
