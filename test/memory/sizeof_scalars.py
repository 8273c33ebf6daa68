import sys
print(sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(False))
for v in [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 100, -(2 ** 100), 10 ** 100]:
    print('int', v if v < 10 ** 20 else 'big', sys.getsizeof(v))
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float('inf')))
print(sys.getsizeof(object()), sys.getsizeof(...), sys.getsizeof(NotImplemented))
