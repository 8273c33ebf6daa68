big = 2 ** 100
print(big)
print(big * big)
print(-big // 7, -big % 7)
print(10 ** 30 + 1)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)))
print(2 ** 64 - 1, (2 ** 64 - 1).bit_length())
print(hex(2 ** 70), bin(2 ** 65)[:10])
print(-(2 ** 63), abs(-(2 ** 80)))
print((1 << 100) >> 98)
print(123456789123456789 * 987654321987654321)
print(int("9" * 40) + 1)
