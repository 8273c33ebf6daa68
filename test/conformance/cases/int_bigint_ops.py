a = 2 ** 200
b = 3 ** 120
print(a + b)
print(a - b)
print(a * b % 10 ** 20)
print(a // b, a % b)
print(-a // b, -a % b)
print(a > b, a == 2 ** 200, hash(a) == hash(2 ** 200))
print(str(a)[:20], len(str(a)))
print(a >> 190, a & 0xFFFF, (a - 1) & 0xFF)
print(divmod(10 ** 25, 7))
print(abs(-a) == a, -(-a) == a, int(str(a)) == a)
print(10 ** 18 * 10 ** 18 == 10 ** 36)
