import sys
for s in ['', 'a', 'abc', 'a' * 100, 'é', 'é' * 100, '€', '€' * 10, '😀', '😀' * 10, 'aé', 'a€', 'a😀']:
    print(len(s), repr(s[:3]), sys.getsizeof(s))
print(sys.getsizeof(str(12345)), sys.getsizeof('x' * 1000))
