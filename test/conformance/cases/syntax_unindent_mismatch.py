def f():
        a = 1
        if a:
            return a
      return 0
print(f())
