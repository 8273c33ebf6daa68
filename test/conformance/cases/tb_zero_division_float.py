readings = [2.0, 0.0]
for r in readings:
    print(1.0 / r)
