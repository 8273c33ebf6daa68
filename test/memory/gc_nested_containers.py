import gc
gc.collect()
root = {'list': [], 'set': set()}
root['list'].append(root)
root['self'] = root
inner = [root]
root['inner'] = inner
del root, inner
print(gc.collect())
s = [[[]]]
s[0][0].append(s)
del s
print(gc.collect())
