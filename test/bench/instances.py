# 300,000 instances referencing each other in pairs (cycles for the collector).
class Node:
    def __init__(self, value):
        self.value = value
        self.partner = None


nodes = []
for i in range(150000):
    a = Node(i)
    b = Node(-i)
    a.partner = b
    b.partner = a
    nodes.append(a)
total = 0
for a in nodes:
    total += a.value - a.partner.value
nodes = None
print(total)
