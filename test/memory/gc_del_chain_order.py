import gc
gc.collect()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
first = D(1)
node = first
for i in range(2, 6):
    node.next = D(i)
    node = node.next
node.next = first
del first, node
print(gc.collect())
