class Node:
    created = 0
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        Node.created += 1
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total(), tree.depth(), Node.created)
