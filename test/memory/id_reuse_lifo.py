class A:
    pass
objs = [A() for _ in range(5)]
old_ids = [id(o) for o in objs]
for i in range(5):
    objs[i] = None
new = [A() for _ in range(5)]
new_ids = [id(o) for o in new]
print([new_ids[i] == old_ids[4 - i] for i in range(5)])
print(len(set(new_ids)) == 5)
