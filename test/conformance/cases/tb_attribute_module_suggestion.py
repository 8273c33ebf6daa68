import math
print(math.pi)
print(math.squrt(2))
