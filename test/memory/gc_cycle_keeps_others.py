import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
    def __del__(self):
        print('del', self.name)
p = Node('parent')
c = Node('child')
p.kids.append(c)
c.parent = p
c.payload = [Node('payload 1'), Node('payload 2')]
del p, c
print(gc.collect())
