import sys
a = 1
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof((a, a)), sys.getsizeof(tuple(range(10))), sys.getsizeof(tuple([])))
print(sys.getsizeof(tuple(range(100))))
