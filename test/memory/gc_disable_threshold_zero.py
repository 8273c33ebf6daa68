import gc
gc.collect()
gc.disable()
class A:
    pass
for i in range(3000):
    a = A(); a.me = a
print(gc.get_count()[0] > 700)
gc.enable()
gc.set_threshold(0)
for i in range(100):
    a = A(); a.me = a
print(gc.get_count()[0] > 700)
print(gc.collect() > 3000)
gc.set_threshold(700)
