print(0x1F, 0o17, 0b1011, 1_000_000, 0xdead_beef)
print(int("1010", 2), int("Z", 36), int("0x1f", 0), int("  0b11 ", 0))
print(hex(0x1F), oct(0o17), bin(0b1011))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b}")
print(f"{1_000_000:_} {1234567:,} {0xFF:08b}")
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int("0x10", 10)
except ValueError as e:
    print(e)
