a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(-1 & 0xFF, -8 >> 1, -1 << 3, ~0, ~-1)
print(1 << 64, (1 << 64) - 1 & 0xFFFF)
print(bin(a & b), bin(a | b), bin(~a))
print(0xF0 ^ 0xFF, 255 & ~15)
print(True & False, True | False, True ^ True)
print(-(2 ** 70) >> 3, (2 ** 70) & (2 ** 69 + 5))
