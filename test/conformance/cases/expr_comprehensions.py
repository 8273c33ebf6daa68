print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(5)})
print({c.upper() for c in "hello"} == set("HELO"))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
x = "outer"
print([x for x in "ab"], x)
print({k: v for k, v in zip("abc", range(3)) if v})
print([y if y % 2 else -y for y in range(5)])
