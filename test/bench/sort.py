# Build a 300,000-element list from a deterministic generator and sort it.
seed = 12345
values = []
for _ in range(300000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    values.append(seed % 1000003)
values.sort()
print(values[0], values[150000], values[-1], sum(values[::1000]))
