import math
print(math.exp(10) > 0)
print(math.exp(1000))
