import sys
a, b, c, d, e = 1, 2, 3, 4, 5
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([a, b, c]))
print(sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([a, b, c, d, e]))
print(sys.getsizeof([1, 2, a]), sys.getsizeof([[], [], []]), sys.getsizeof(['x', 'y', 'z']))
print(sys.getsizeof([0] * 10), sys.getsizeof(list(range(10))), sys.getsizeof(list((1, 2, 3))))
print(sys.getsizeof([i for i in range(10)]))
