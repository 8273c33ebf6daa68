print(chr(65), chr(0x3b1), chr(128512), ord("a"), ord("€"), ord("\n"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), oct(2 ** 20), bin(1023))
print(int(hex(1234), 16), int(bin(99), 2))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
