n = 255
print(n.bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((10).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((3).as_integer_ratio(), int.__name__, (5).__add__(3))
print((37).bit_count() if hasattr(int, "bit_count") else "no bit_count")
print(int("  12  "), int("-0"), (-7).__abs__())
