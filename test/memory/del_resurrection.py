import sys
saved = []
class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        print('__del__ call', Phoenix.calls)
        saved.append(self)
p = Phoenix()
del p
print('resurrected:', len(saved), sys.getrefcount(saved[0]))
saved.clear()
print('cleared, calls =', Phoenix.calls)
p2 = Phoenix()
p2 = None
print('calls =', Phoenix.calls)
saved.clear()
