x = 2.5
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(x.real, x.imag, x.conjugate())
print(int(2.999), int(-2.999), round(2.999, 1), float.__name__)
print((0.1).__repr__(), (1e20).__int__() if hasattr(float, "__int__") else int(1e20))
print(3.7 // 1, 3.7 % 1, -3.7 // 1, divmod(7.5, 2))
print(1.0 == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
