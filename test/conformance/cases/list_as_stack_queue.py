stack = []
for i in range(4):
    stack.append(i * i)
print(stack)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
nested = [[i] * i for i in range(4)]
print(nested)
flat = [x for sub in nested for x in sub]
print(flat, len(flat))
print(sum(nested, []))
