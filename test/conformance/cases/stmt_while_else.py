i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else runs when no break", i)

n = 10
while n > 0:
    if n % 7 == 0:
        print("found", n)
        break
    n -= 1
else:
    print("not reached")

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
