import sys
import math
import math as m
from math import sqrt, pi as PI
from sys import maxsize
print(m is math)
print(sqrt(16.0), round(PI, 5))
print(maxsize == sys.maxsize)
print(type(math).__name__)
print(math.__name__, sys.__name__)
import time
print(callable(time.perf_counter))
from math import *
print(floor(2.7), ceil(2.1))
