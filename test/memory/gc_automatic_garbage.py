import gc
gc.collect()
freed = 0
class A:
    def __del__(self):
        global freed
        freed += 1
for i in range(2000):
    a = A()
    a.me = a
print(freed > 1000)
print(gc.get_stats()[0]['collections'] > 0)
